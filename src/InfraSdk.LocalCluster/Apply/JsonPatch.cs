using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;

namespace InfraSdk.LocalCluster.Apply;

/// <summary>RFC 6902 JSON Patch (application/json-patch+json): add, remove, replace, move, copy and test.</summary>
internal static class JsonPatch
{
    public static JsonNode Apply(JsonNode target, JsonNode patch)
    {
        if (patch is not JsonArray operations)
        {
            throw ApiException.BadRequest("a JSON patch must be an array of operations");
        }

        var document = target.DeepClone();
        foreach (var operation in operations)
        {
            var op = (string?)operation?["op"];
            var path = (string?)operation?["path"] ?? throw ApiException.BadRequest("a JSON patch operation needs a path");
            switch (op)
            {
                case "add":
                    document = Add(document, path, operation!["value"]?.DeepClone());
                    break;
                case "remove":
                    Remove(document, path);
                    break;
                case "replace":
                    Remove(document, path);
                    document = Add(document, path, operation!["value"]?.DeepClone());
                    break;
                case "move":
                    var moved = Find(document, From(operation!))?.DeepClone();
                    Remove(document, From(operation!));
                    document = Add(document, path, moved);
                    break;
                case "copy":
                    document = Add(document, path, Find(document, From(operation!))?.DeepClone());
                    break;
                case "test":
                    if (!JsonNode.DeepEquals(Find(document, path), operation!["value"]))
                    {
                        throw new ApiException(422, "Invalid", $"the server rejected our request due to an error in our request: testing value {path} failed");
                    }

                    break;
                default:
                    throw ApiException.BadRequest($"unexpected kind of JSON patch operation: \"{op}\"");
            }
        }

        return document;
    }

    private static string From(JsonNode operation) => (string?)operation["from"] ?? throw ApiException.BadRequest("a JSON patch move or copy needs from");

    private static JsonNode? Find(JsonNode document, string path)
    {
        var node = document;
        foreach (var token in Tokens(path))
        {
            node = node switch
            {
                JsonObject obj when obj.TryGetPropertyValue(token, out var child) => child,
                JsonArray array when int.TryParse(token, out var index) && index >= 0 && index < array.Count => array[index],
                _ => throw ApiException.BadRequest($"JSON patch path not found: {path}"),
            };
        }

        return node;
    }

    private static JsonNode Add(JsonNode document, string path, JsonNode? value)
    {
        var tokens = Tokens(path);
        if (tokens.Count == 0)
        {
            return value ?? throw ApiException.BadRequest("a JSON patch cannot replace the document with null");
        }

        switch (Find(document, Parent(tokens)))
        {
            case JsonObject obj:
                obj[tokens[^1]] = value;
                break;
            case JsonArray array when tokens[^1] == "-":
                array.Add(value);
                break;
            case JsonArray array when int.TryParse(tokens[^1], out var index) && index >= 0 && index <= array.Count:
                array.Insert(index, value);
                break;
            default:
                throw ApiException.BadRequest($"JSON patch path not found: {path}");
        }

        return document;
    }

    private static void Remove(JsonNode document, string path)
    {
        var tokens = Tokens(path);
        var removed = tokens.Count > 0 && Find(document, Parent(tokens)) switch
        {
            JsonObject obj => obj.Remove(tokens[^1]),
            JsonArray array when int.TryParse(tokens[^1], out var index) && index >= 0 && index < array.Count => RemoveAt(array, index),
            _ => false,
        };
        if (!removed)
        {
            throw ApiException.BadRequest($"JSON patch path not found: {path}");
        }
    }

    private static bool RemoveAt(JsonArray array, int index)
    {
        array.RemoveAt(index);
        return true;
    }

    private static string Parent(IReadOnlyList<string> tokens) => string.Concat(tokens.Take(tokens.Count - 1).Select(token => "/" + token.Replace("~", "~0").Replace("/", "~1")));

    /// <summary>The reference tokens of a JSON Pointer, unescaped.</summary>
    private static IReadOnlyList<string> Tokens(string path) =>
        path.Length == 0 ? [] : path[1..].Split('/').Select(token => token.Replace("~1", "/").Replace("~0", "~")).ToList();
}
