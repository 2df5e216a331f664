using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Storage;
using InfraSdk.LocalCluster.Views;

namespace InfraSdk.LocalCluster.Api.Watch;

/// <summary>
/// Writes watch events as the API server's JSON stream does: one {"type":...,"object":...} per line. Objects go out as
/// stored, or (when kubectl get asks for it) as a Table of one row whose column definitions only the first event
/// carries, as kube-apiserver's watch encoder does. <c>present</c> turns a stored object into what the watched
/// resource shows (itself, for all but a resource that shares another's storage).
/// </summary>
internal sealed class WatchEventEncoder(ResourceType type, bool asTable, Func<JsonObject, JsonObject> present, TimeProvider time)
{
    private const string InitialEventsEndAnnotation = "k8s.io/initial-events-end";

    private bool _sentColumns;

    public void Object(IBufferWriter<byte> output, string eventType, StoreEvent change)
    {
        var shown = present(change.Object!);
        Line(output, eventType, asTable ? TableOf(shown) : ReferenceEquals(shown, change.Object) ? change.ObjectJson : JsonSerializer.SerializeToUtf8Bytes(shown, StoreJson.Options));
    }

    /// <summary>The last state of an object that was deleted or stopped matching, at the resourceVersion of that change.</summary>
    public void Deleted(IBufferWriter<byte> output, StoreEvent change)
    {
        var tombstone = present(change.Previous!).DeepClone().AsObject();
        tombstone.Metadata()["resourceVersion"] = change.ResourceVersion.ToString(CultureInfo.InvariantCulture);
        Line(output, "DELETED", asTable ? TableOf(tombstone) : JsonSerializer.SerializeToUtf8Bytes(tombstone, StoreJson.Options));
    }

    /// <summary>A BOOKMARK: an object of the watched kind with nothing but its resourceVersion (and the end-of-initial-events mark).</summary>
    public static void Bookmark(IBufferWriter<byte> output, ResourceType type, long resourceVersion, bool endsInitialEvents)
    {
        var metadata = new JsonObject { ["resourceVersion"] = resourceVersion.ToString(CultureInfo.InvariantCulture) };
        if (endsInitialEvents)
        {
            metadata["annotations"] = new JsonObject { [InitialEventsEndAnnotation] = "true" };
        }

        var bookmark = new JsonObject { ["kind"] = type.Kind, ["apiVersion"] = type.GroupVersion, ["metadata"] = metadata };
        Line(output, "BOOKMARK", JsonSerializer.SerializeToUtf8Bytes(bookmark, StoreJson.Options));
    }

    /// <summary>An ERROR event carrying a Status, the way a watch reports a failure once its response has begun.</summary>
    public static void Error(IBufferWriter<byte> output, ApiException error) => Line(output, "ERROR", JsonSerializer.SerializeToUtf8Bytes(error.ToStatus(), StoreJson.Options));

    private byte[] TableOf(JsonObject obj)
    {
        var table = TableView.Create(type, [obj], obj.Object("metadata").String("resourceVersion") ?? "", time.GetUtcNow());
        if (_sentColumns)
        {
            table.Remove("columnDefinitions");
        }

        _sentColumns = true;
        return JsonSerializer.SerializeToUtf8Bytes(table, StoreJson.Options);
    }

    private static void Line(IBufferWriter<byte> output, string eventType, byte[] objectJson)
    {
        output.Write(Encoding.UTF8.GetBytes($"{{\"type\":\"{eventType}\",\"object\":"));
        output.Write(objectJson);
        output.Write("}\n"u8);
    }
}
