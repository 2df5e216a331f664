using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Views;

/// <summary>A stored core/v1 Event as events.k8s.io/v1 shows it (the API server's conversion): regarding, note,
/// reportingController, and the old fields under deprecated names.</summary>
internal static class EventView
{
    public static JsonObject ToEventsV1(JsonObject coreEvent)
    {
        var first = coreEvent.String("firstTimestamp");
        return new JsonObject
        {
            ["apiVersion"] = ResourceType.EventsV1.GroupVersion,
            ["kind"] = ResourceType.EventsV1.Kind,
            ["metadata"] = coreEvent["metadata"]?.DeepClone(),
            ["eventTime"] = coreEvent["eventTime"]?.DeepClone() ?? (first is null ? null : first.Replace("Z", ".000000Z", StringComparison.Ordinal)),
            ["reportingController"] = coreEvent.String("reportingComponent") ?? coreEvent.Object("source").String("component"),
            ["reportingInstance"] = coreEvent.String("reportingInstance"),
            ["action"] = coreEvent.String("action"),
            ["reason"] = coreEvent.String("reason"),
            ["regarding"] = coreEvent["involvedObject"]?.DeepClone(),
            ["note"] = coreEvent.String("message"),
            ["type"] = coreEvent.String("type"),
            ["deprecatedSource"] = coreEvent["source"]?.DeepClone(),
            ["deprecatedFirstTimestamp"] = first,
            ["deprecatedLastTimestamp"] = coreEvent.String("lastTimestamp"),
            ["deprecatedCount"] = coreEvent["count"]?.DeepClone(),
        };
    }
}
