using System.Text.Json.Nodes;

namespace InfraSdk.LocalCluster.Storage;

/// <summary>One write of a transaction: the object's new content, or null to delete it.</summary>
internal sealed record StoreChange(StoredObjectKey Key, JsonObject? Object);
