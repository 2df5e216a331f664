using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfraSdk.LocalCluster.Storage;

/// <summary>
/// One entry of the store's change feed, like a watchCacheEvent of kube-apiserver: the object after the change (null
/// on delete) and before it (null on add), both stamped trees shared with the store and never modified. A Progress
/// entry carries only the resourceVersion up to which its watcher has been told everything.
/// </summary>
internal sealed class StoreEvent(StoreEventType type, StoredObjectKey key, long resourceVersion, JsonObject? obj, JsonObject? previous)
{
    private byte[]? _json;

    public StoreEventType Type => type;

    public StoredObjectKey Key => key;

    public long ResourceVersion => resourceVersion;

    public JsonObject? Object => obj;

    public JsonObject? Previous => previous;

    /// <summary><see cref="Object"/> as UTF-8 JSON, written once however many watchers send it.</summary>
    public byte[] ObjectJson => _json ??= JsonSerializer.SerializeToUtf8Bytes(obj!, StoreJson.Options);

    public static StoreEvent Progress(long resourceVersion) => new(StoreEventType.Progress, default, resourceVersion, null, null);
}
