using System.Text.Json;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Api;

/// <summary>
/// Field selectors: (in)equality on metadata.name and metadata.namespace for every resource, and on the fields
/// kube-apiserver adds for some: a Pod's node and phase (kubectl describe node), an Event's involved object, reason,
/// source and type (kubectl describe), a ReplicaSet's status.replicas.
/// </summary>
internal static class FieldSelector
{
    private static readonly string[] PodFields =
        ["spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName"];

    private static readonly string[] EventFields =
    [
        "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid", "involvedObject.apiVersion",
        "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type",
    ];

    public static Func<JsonObject, bool> Parse(ResourceType type, string? text)
    {
        var terms = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(term =>
            {
                var negated = term.Contains("!=", StringComparison.Ordinal);
                var parts = term.Split(negated ? "!=" : term.Contains("==", StringComparison.Ordinal) ? "==" : "=", 2);
                return (Field: Stored(type, parts[0]), Value: parts.Length == 2 ? parts[1] : "", Negated: negated);
            })
            .ToList();
        foreach (var term in terms.Where(term => !Supports(type, term.Field)))
        {
            throw ApiException.BadRequest($"field label not supported: {term.Field}");
        }

        return obj => terms.All(term => (ValueOf(obj, term.Field) == term.Value) != term.Negated);
    }

    /// <summary>events.k8s.io names the involved object "regarding" and the reporter "reportingController"; the stored shape is core/v1's.</summary>
    private static string Stored(ResourceType type, string field) =>
        type != ResourceType.EventsV1 ? field
        : field.StartsWith("regarding.", StringComparison.Ordinal) ? "involvedObject." + field["regarding.".Length..]
        : field == "reportingController" ? "reportingComponent"
        : field;

    private static bool Supports(ResourceType type, string field) =>
        field is "metadata.name" or "metadata.namespace"
        || (type == ResourceType.Pods && PodFields.Contains(field))
        || ((type == ResourceType.Events || type == ResourceType.EventsV1) && EventFields.Contains(field))
        || (type == ResourceType.ReplicaSets && field == "status.replicas");

    private static string ValueOf(JsonObject obj, string field)
    {
        if (field == "metadata.namespace")
        {
            return obj.Object("metadata").String("namespace") ?? "";
        }

        JsonNode? node = obj;
        foreach (var part in (field == "source" ? "source.component" : field).Split('.'))
        {
            node = node is JsonObject parent ? parent[part] : null;
        }

        return node switch
        {
            null => "",
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            _ => node.ToJsonString(),
        };
    }
}
