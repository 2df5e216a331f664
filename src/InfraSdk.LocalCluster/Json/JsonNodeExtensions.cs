using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfraSdk.LocalCluster.Json;

/// <summary>Small readers and writers for Kubernetes objects held as JSON trees.</summary>
internal static class JsonNodeExtensions
{
    public static JsonObject? Object(this JsonNode? node, string name) => node is JsonObject obj && obj[name] is JsonObject child ? child : null;

    public static JsonArray? Array(this JsonNode? node, string name) => node is JsonObject obj && obj[name] is JsonArray child ? child : null;

    public static string? String(this JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static long? Integer(this JsonNode? node, string name) => node is JsonObject obj ? obj[name].AsInteger() : null;

    /// <summary>A whole JSON number, however the tree holds it (parsed text or a CLR number).</summary>
    public static long? AsInteger(this JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
        && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static bool? Boolean(this JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;

    /// <summary>Returns the child object, creating it when missing or not an object.</summary>
    public static JsonObject EnsureObject(this JsonObject node, string name)
    {
        if (node[name] is JsonObject child)
        {
            return child;
        }

        child = new JsonObject();
        node[name] = child;
        return child;
    }

    /// <summary>A string-to-string map such as labels or a selector; non-string values are skipped.</summary>
    public static IReadOnlyDictionary<string, string> StringMap(this JsonNode? node, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node.Object(name) is { } obj)
        {
            foreach (var (key, value) in obj)
            {
                if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
                {
                    map[key] = text.GetValue<string>();
                }
            }
        }

        return map;
    }

    public static IEnumerable<JsonObject> Objects(this JsonArray? array) => array?.OfType<JsonObject>() ?? [];

    public static JsonObject Metadata(this JsonObject obj) => obj.EnsureObject("metadata");

    public static string Name(this JsonObject obj) => obj.Object("metadata").String("name") ?? "";
}
