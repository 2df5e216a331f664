using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Registry;
using InfraSdk.LocalCluster.Storage;

namespace InfraSdk.LocalCluster.Controllers;

/// <summary>
/// The controllers' event recorder: core/v1 Events about an object, named as client-go names them
/// (<c>&lt;object&gt;.&lt;hex&gt;</c>), collected during a pass and committed with the pass's other writes.
/// </summary>
internal sealed class EventRecorder(TimeProvider time)
{
    public const string Normal = "Normal";
    public const string Warning = "Warning";

    private readonly List<StoreChange> _recorded = [];
    private long _sequence = time.GetUtcNow().ToUnixTimeMilliseconds() * 1_000_000;

    public void Record(ResourceType type, JsonObject involved, string eventType, string reason, string message, string component, string? host = null)
    {
        var metadata = involved.Object("metadata");
        var ns = metadata.String("namespace") ?? "default";
        var name = $"{involved.Name()}.{++_sequence:x}";
        var now = KubernetesTime.Now(time);
        var source = new JsonObject { ["component"] = component };
        if (host is not null)
        {
            source["host"] = host;
        }

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
            ["source"] = source,
            ["firstTimestamp"] = now,
            ["lastTimestamp"] = now,
            ["count"] = 1,
            ["type"] = eventType,
            ["eventTime"] = null,
            ["reportingComponent"] = component,
            ["reportingInstance"] = host ?? "",
        };
        _recorded.Add(new StoreChange(ObjectRegistry.Key(ResourceType.Events, ns, name), recorded));
    }

    /// <summary>The events recorded since the last call, to commit.</summary>
    public IReadOnlyList<StoreChange> Take()
    {
        var taken = _recorded.ToList();
        _recorded.Clear();
        return taken;
    }
}
