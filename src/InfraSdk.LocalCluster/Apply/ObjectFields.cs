using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfraSdk.LocalCluster.Apply;

/// <summary>
/// Reads a Kubernetes object as structured-merge-diff sees it: the member field paths it sets, the value at a path,
/// and the apply merge of a configuration into a live object. Server-owned metadata, apiVersion/kind and status are
/// never tracked.
/// </summary>
internal sealed class ObjectFields(ListSchema schema)
{
    private static readonly HashSet<string> UntrackedTopLevel = new(StringComparer.Ordinal) { "apiVersion", "kind", "status" };

    private static readonly HashSet<string> UntrackedMetadata = new(StringComparer.Ordinal)
    {
        "name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "selfLink", "deletionTimestamp", "deletionGracePeriodSeconds",
    };

    /// <summary>One member path; leaves hold values, map-list items are members with children.</summary>
    public sealed record Field(string[] Path, JsonNode? Value, bool IsLeaf);

    public IReadOnlyList<Field> Walk(JsonObject obj)
    {
        var fields = new List<Field>();
        WalkObject(obj, [], "", fields);
        return fields;
    }

    public FieldSet Members(JsonObject obj) => FieldSet.Of(Walk(obj).Select(field => field.Path));

    /// <summary>The fields of <paramref name="after"/> that <paramref name="before"/> lacks or holds with another value.</summary>
    public FieldSet Changed(JsonObject? before, JsonObject after) =>
        FieldSet.Of(Walk(after)
            .Where(field => before is null || !TryFind(before, field.Path, out var old) || (field.IsLeaf && !JsonNode.DeepEquals(old, field.Value)))
            .Select(field => field.Path));

    /// <summary>Finds the node at a member path.</summary>
    public bool TryFind(JsonObject root, IReadOnlyList<string> path, out JsonNode? value)
    {
        JsonNode? node = root;
        var dotted = "";
        foreach (var element in path)
        {
            if (!TryStep(node, element, ref dotted, out var next, out _, out _))
            {
                value = null;
                return false;
            }

            node = next;
        }

        value = node;
        return true;
    }

    /// <summary>Removes the field, list item or set value at a member path, if present.</summary>
    public void Remove(JsonObject root, IReadOnlyList<string> path)
    {
        JsonNode? node = root;
        var dotted = "";
        for (var i = 0; i < path.Count; i++)
        {
            if (!TryStep(node, path[i], ref dotted, out var next, out var parent, out var index))
            {
                return;
            }

            if (i == path.Count - 1)
            {
                if (parent is JsonObject obj)
                {
                    obj.Remove(path[i][2..]);
                }
                else if (parent is JsonArray array)
                {
                    array.RemoveAt(index);
                }
            }

            node = next;
        }
    }

    /// <summary>The apply merge: <paramref name="applied"/>'s values over <paramref name="live"/>, map-lists merged by key.</summary>
    public JsonObject Merge(JsonObject live, JsonObject applied) => (JsonObject)MergeNode(live, applied, "")!;

    private JsonNode? MergeNode(JsonNode? live, JsonNode? applied, string dotted)
    {
        if (live is JsonObject liveObject && applied is JsonObject appliedObject && !schema.IsAtomicMap(dotted))
        {
            var result = liveObject.DeepClone().AsObject();
            foreach (var (name, value) in appliedObject)
            {
                if (value is null)
                {
                    result.Remove(name);
                    continue;
                }

                result[name] = MergeNode(result[name], value, Join(dotted, name));
            }

            return result;
        }

        if (live is JsonArray liveArray && applied is JsonArray appliedArray)
        {
            if (schema.KeysAt(dotted) is { } keys)
            {
                var result = liveArray.DeepClone().AsArray();
                foreach (var item in appliedArray.OfType<JsonObject>())
                {
                    var key = KeyElement(item, keys);
                    var index = IndexOf(result, element => element is JsonObject candidate && KeyElement(candidate, keys) == key);
                    if (index < 0)
                    {
                        result.Add(item.DeepClone());
                    }
                    else
                    {
                        result[index] = MergeNode(result[index], item, dotted);
                    }
                }

                return result;
            }

            if (schema.IsSet(dotted))
            {
                var result = liveArray.DeepClone().AsArray();
                foreach (var item in appliedArray.Where(item => !result.Any(existing => JsonNode.DeepEquals(existing, item))))
                {
                    result.Add(item?.DeepClone());
                }

                return result;
            }
        }

        return applied?.DeepClone();
    }

    private void WalkObject(JsonObject obj, List<string> path, string dotted, List<Field> fields)
    {
        foreach (var (name, value) in obj)
        {
            if (value is null || (path.Count == 0 && UntrackedTopLevel.Contains(name)) || (dotted == "metadata" && UntrackedMetadata.Contains(name)))
            {
                continue;
            }

            path.Add("f:" + name);
            WalkValue(value, path, Join(dotted, name), fields);
            path.RemoveAt(path.Count - 1);
        }
    }

    private void WalkValue(JsonNode value, List<string> path, string dotted, List<Field> fields)
    {
        switch (value)
        {
            case JsonObject obj when obj.Count > 0 && !schema.IsAtomicMap(dotted):
                WalkObject(obj, path, dotted, fields);
                break;
            case JsonArray array when schema.KeysAt(dotted) is { } keys:
                foreach (var item in array.OfType<JsonObject>())
                {
                    path.Add(KeyElement(item, keys));
                    fields.Add(new Field([.. path], item, false));
                    WalkObject(item, path, dotted, fields);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case JsonArray array when schema.IsSet(dotted):
                foreach (var item in array)
                {
                    fields.Add(new Field([.. path, "v:" + (item?.ToJsonString() ?? "null")], item, true));
                }

                break;
            default:
                fields.Add(new Field([.. path], value, true));
                break;
        }
    }

    private bool TryStep(JsonNode? node, string element, ref string dotted, out JsonNode? next, out JsonNode? parent, out int index)
    {
        next = null;
        parent = node;
        index = -1;
        switch (element[..2])
        {
            case "f:" when node is JsonObject obj && obj.TryGetPropertyValue(element[2..], out next) && next is not null:
                dotted = Join(dotted, element[2..]);
                return true;
            case "k:" when node is JsonArray array && schema.KeysAt(dotted) is { } keys:
                index = IndexOf(array, item => item is JsonObject candidate && KeyElement(candidate, keys) == element);
                break;
            case "v:" when node is JsonArray array:
                var wanted = JsonNode.Parse(element[2..]);
                index = IndexOf(array, item => JsonNode.DeepEquals(item, wanted));
                break;
            case "i:" when node is JsonArray array && int.TryParse(element[2..], out var position) && position < array.Count:
                index = position;
                break;
        }

        if (index < 0 || node is not JsonArray list)
        {
            return false;
        }

        next = list[index];
        return true;
    }

    /// <summary>"k:{...}" with the key fields sorted by name and their defaults filled in.</summary>
    private static string KeyElement(JsonObject item, ListKeys keys)
    {
        var key = new JsonObject();
        foreach (var name in keys.Names.Order(StringComparer.Ordinal))
        {
            if (item[name] is { } value)
            {
                key[name] = value.DeepClone();
            }
            else if (keys.Defaults?.GetValueOrDefault(name) is { } fallback)
            {
                key[name] = JsonValue.Create(JsonSerializer.SerializeToElement(fallback));
            }
        }

        return "k:" + key.ToJsonString();
    }

    private static int IndexOf(JsonArray array, Func<JsonNode?, bool> match)
    {
        for (var i = 0; i < array.Count; i++)
        {
            if (match(array[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Join(string dotted, string name) => dotted.Length == 0 ? name : dotted + "." + name;
}
