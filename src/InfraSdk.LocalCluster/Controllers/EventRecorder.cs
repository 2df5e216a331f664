using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Registry;
using InfraSdk.LocalCluster.Storage;

namespace InfraSdk.LocalCluster.Controllers;

/// <summary>
/// The controllers' event recorder: core/v1 Events about an object, named as client-go names them
/// (<c>&lt;object&gt;.&lt;hex&gt;</c>), written with the pass's other writes, and deleted an hour after they were
/// recorded, as kube-apiserver's --event-ttl does (at the first pass after that hour).
/// </summary>
internal sealed class EventRecorder(TimeProvider time, PassWrites writes)
{
    public const string Normal = "Normal";
    public const string Warning = "Warning";

    /// <summary>How long an Event is kept (kube-apiserver's default --event-ttl).</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromHours(1);

    // The Events to delete, in the order they expire.
    private readonly Queue<(DateTimeOffset Expires, StoredObjectKey Key)> _expiring = new();
    private long _sequence = time.GetUtcNow().ToUnixTimeMilliseconds() * 1_000_000;
    private bool _tracksStored;

    public void Record(ResourceType type, JsonObject involved, string eventType, string reason, string message, string component)
    {
        var metadata = involved.Object("metadata");
        var ns = metadata.String("namespace") ?? "default";
        var name = $"{involved.Name()}.{++_sequence:x}";
        var now = KubernetesTime.Now(time);
        var involvedObject = new JsonObject
        {
            ["kind"] = type.Kind,
            ["namespace"] = ns,
            ["name"] = involved.Name(),
            ["uid"] = metadata.String("uid"),
            ["apiVersion"] = type.GroupVersion,
        };
        if (metadata.String("resourceVersion") is { } resourceVersion)
        {
            involvedObject["resourceVersion"] = resourceVersion;
        }

        var recorded = new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Event",
            ["metadata"] = new JsonObject
            {
                ["name"] = name,
                ["namespace"] = ns,
                ["uid"] = Guid.NewGuid().ToString(),
                ["creationTimestamp"] = now,
            },
            ["involvedObject"] = involvedObject,
            ["reason"] = reason,
            ["message"] = message,
            ["source"] = new JsonObject { ["component"] = component },
            ["firstTimestamp"] = now,
            ["lastTimestamp"] = now,
            ["count"] = 1,
            ["type"] = eventType,
            ["eventTime"] = null,
            ["reportingComponent"] = component,
            ["reportingInstance"] = "",
        };
        var key = ObjectRegistry.Key(ResourceType.Events, ns, name);
        writes.Write(key, recorded);
        _expiring.Enqueue((time.GetUtcNow() + TimeToLive, key));
    }

    /// <summary>Follows the stored Events (those a previous run of the cluster recorded) too; once, at the first full pass.</summary>
    public void TrackStored(IEnumerable<JsonObject> stored)
    {
        if (_tracksStored)
        {
            return;
        }

        _tracksStored = true;
        var old = stored
            .Select(recorded => (Time: DateTimeOffset.TryParse(recorded.String("lastTimestamp"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : time.GetUtcNow(), Event: recorded))
            .OrderBy(entry => entry.Time)
            .Select(entry => (entry.Time + TimeToLive, ObjectRegistry.Key(ResourceType.Events, entry.Event.Object("metadata").String("namespace") ?? "", entry.Event.Name())))
            .ToList();
        var fresh = _expiring.ToList();
        _expiring.Clear();
        foreach (var entry in old.Concat(fresh))
        {
            _expiring.Enqueue(entry);
        }
    }

    /// <summary>Deletes the Events whose hour is up (those still stored).</summary>
    public void DeleteExpired()
    {
        var now = time.GetUtcNow();
        while (_expiring.TryPeek(out var next) && next.Expires <= now)
        {
            _expiring.Dequeue();
            if (writes.Get(next.Key) is not null)
            {
                writes.Write(next.Key, null);
            }
        }
    }
}
