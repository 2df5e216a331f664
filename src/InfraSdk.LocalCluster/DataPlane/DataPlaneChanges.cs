namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>What an apply changed: the sets (Deployments or ReplicaSets, keyed namespace/name) whose pods changed,
/// and the Services whose endpoints may have.</summary>
internal sealed record DataPlaneChanges(IReadOnlySet<string> PodSets, IReadOnlySet<string> Services);
