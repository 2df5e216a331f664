using System.Text.Json.Nodes;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Planning;

/// <summary>
/// Field-level differences between two versions of an object, ignoring what the server changes on every write
/// (resourceVersion, managedFields, generation) and status, which the workload reports rather than the user sets.
/// A Secret's values are never shown: a changed key reads "(changed)".
/// </summary>
internal static class FieldDiff
{
    private static readonly string[] ServerMetadata = ["resourceVersion", "managedFields", "generation", "creationTimestamp", "uid", "selfLink"];

    private static readonly string[] SecretValuePaths = ["data.", "stringData.", "binaryData."];

    public static IReadOnlyList<FieldChange> Compare(object before, object after)
    {
        var left = Flatten(Normalize(before));
        var right = Flatten(Normalize(after));
        var secret = before is V1Secret || after is V1Secret;
        return left.Keys.Union(right.Keys)
            .Order(StringComparer.Ordinal)
            .Select(path => new FieldChange(path, left.GetValueOrDefault(path), right.GetValueOrDefault(path)))
            .Where(change => change.Before != change.After)
            .Select(change => secret && SecretValuePaths.Any(prefix => change.Path.StartsWith(prefix, StringComparison.Ordinal)) ? FieldChange.Concealed(change.Path) : change)
            .ToList();
    }

    private static JsonNode? Normalize(object value)
    {
        var node = JsonNode.Parse(KubernetesJson.Serialize(value));
        if (node is JsonObject root)
        {
            root.Remove("status");
            root.Remove("apiVersion");
            root.Remove("kind");
            if (root["metadata"] is JsonObject metadata)
            {
                foreach (var field in ServerMetadata)
                {
                    metadata.Remove(field);
                }
            }
        }

        return node;
    }

    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(node, "", fields);
        return fields;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string> fields)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Walk(child, path.Length == 0 ? name : $"{path}.{name}", fields);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", fields);
                }

                break;
            case JsonValue value:
                fields[path] = value.ToJsonString().Trim('"');
                break;
        }
    }
}
