using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Apply;

/// <summary>
/// Strategic merge patch (application/strategic-merge-patch+json), as kubectl set image, scale, edit, label and
/// rollout restart send it: a JSON merge patch in which the lists <see cref="ListSchema"/> knows to merge by key
/// (containers by name, ports by containerPort, ...) merge item by item, with the <c>$patch: delete|replace</c>,
/// <c>$deleteFromPrimitiveList</c> directives honoured and <c>$setElementOrder</c> and <c>$retainKeys</c> ignored.
/// </summary>
internal static class StrategicMergePatch
{
    private const string PatchDirective = "$patch";
    private const string DeleteFromPrimitiveList = "$deleteFromPrimitiveList/";

    public static JsonNode? Apply(JsonNode? target, JsonNode? patch, ListSchema schema) => Merge(target, patch, schema, "");

    private static JsonNode? Merge(JsonNode? target, JsonNode? patch, ListSchema schema, string path)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        if (patchObject.String(PatchDirective) == "replace")
        {
            var replacement = patchObject.DeepClone().AsObject();
            replacement.Remove(PatchDirective);
            return replacement;
        }

        var result = target is JsonObject targetObject ? targetObject.DeepClone().AsObject() : new JsonObject();
        foreach (var (name, value) in patchObject)
        {
            var fieldPath = path.Length == 0 ? name : path + "." + name;
            if (name.StartsWith(DeleteFromPrimitiveList, StringComparison.Ordinal))
            {
                var field = name[DeleteFromPrimitiveList.Length..];
                if (result[field] is JsonArray values && value is JsonArray doomed)
                {
                    result[field] = new JsonArray([.. values.Where(item => !doomed.Any(entry => JsonNode.DeepEquals(entry, item))).Select(item => item?.DeepClone())]);
                }
            }
            else if (name.StartsWith('$'))
            {
                continue;
            }
            else if (value is null || (value is JsonObject { Count: 1 } directive && directive.String(PatchDirective) == "delete"))
            {
                result.Remove(name);
            }
            else if (value is JsonArray items && schema.KeysAt(fieldPath) is { } keys && result[name] is JsonArray existing)
            {
                result[name] = MergeList(existing, items, keys.Names[0], schema, fieldPath);
            }
            else
            {
                result[name] = Merge(result[name], value, schema, fieldPath);
            }
        }

        return result;
    }

    /// <summary>A list merged by its merge key: a patch item replaces the fields it names of the item with its key,
    /// is appended when no item has it, and deletes it with <c>$patch: delete</c>.</summary>
    private static JsonArray MergeList(JsonArray existing, JsonArray items, string mergeKey, ListSchema schema, string path)
    {
        var merged = existing.Select(item => item?.DeepClone()).ToList();
        foreach (var item in items.OfType<JsonObject>())
        {
            var key = item[mergeKey];
            var index = merged.FindIndex(entry => entry is JsonObject obj && JsonNode.DeepEquals(obj[mergeKey], key));
            if (item.String(PatchDirective) == "delete")
            {
                if (index >= 0)
                {
                    merged.RemoveAt(index);
                }
            }
            else if (index >= 0)
            {
                merged[index] = Merge(merged[index], item, schema, path);
            }
            else
            {
                merged.Add(Merge(null, item, schema, path));
            }
        }

        return new JsonArray([.. merged]);
    }
}
