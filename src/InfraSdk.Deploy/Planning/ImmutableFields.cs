using System.Text.Json.Nodes;
using InfraSdk.Deploy.Topology;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Planning;

/// <summary>
/// Fields the API server refuses to change once set, compared before any request: only those the manifest sets and
/// the server does not default or extend, so that a difference is always a real one. Everything else immutable
/// (a Job's template, a StatefulSet's volumeClaimTemplates) is left to the server's dry run.
/// </summary>
internal static class ImmutableFields
{
    private static readonly Dictionary<string, string[]> PathsByKind = new(StringComparer.Ordinal)
    {
        ["Deployment"] = ["spec.selector"],
        ["ReplicaSet"] = ["spec.selector"],
        ["DaemonSet"] = ["spec.selector"],
        ["StatefulSet"] = ["spec.selector", "spec.serviceName", "spec.podManagementPolicy"],
        [ResourceKinds.Service] = ["spec.clusterIP"],
    };

    /// <summary>"spec.clusterIP cannot change once set (10.96.0.50 -> 10.96.0.60)", or null when nothing immutable differs.</summary>
    public static string? Changed(DesiredObject desired, IKubernetesObject<V1ObjectMeta> live)
    {
        if (!PathsByKind.TryGetValue(desired.Key.Kind, out var paths))
        {
            return null;
        }

        var wanted = JsonNode.Parse(KubernetesJson.Serialize(desired.Object));
        var current = JsonNode.Parse(KubernetesJson.Serialize(live));
        var changed = paths
            .Select(path => (Path: path, Wanted: At(wanted, path), Current: At(current, path)))
            .Where(field => IsSet(field.Wanted) && field.Current is not null && !JsonNode.DeepEquals(field.Wanted, field.Current))
            .Select(field => $"{field.Path} cannot change once set ({Show(field.Current)} -> {Show(field.Wanted)})")
            .ToList();
        return changed.Count == 0 ? null : string.Join("; ", changed);
    }

    /// <summary>An empty string asks the server to keep what it assigned (clusterIP ""), as much as an absent field does.</summary>
    private static bool IsSet(JsonNode? node) => node is not null && !(node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length == 0);

    private static JsonNode? At(JsonNode? node, string path) =>
        path.Split('.').Aggregate(node, (parent, name) => parent is JsonObject obj ? obj[name] : null);

    private static string Show(JsonNode? node) => node is JsonValue value ? value.ToString() : node?.ToJsonString() ?? "(none)";
}
