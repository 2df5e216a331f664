namespace InfraSdk.LocalCluster.Storage;

/// <summary>Where an object lives: its resource, namespace ("" for cluster-scoped) and name.</summary>
internal readonly record struct StoredObjectKey(string Resource, string Namespace, string Name);
