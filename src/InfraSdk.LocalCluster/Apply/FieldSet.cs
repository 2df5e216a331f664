using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfraSdk.LocalCluster.Apply;

/// <summary>
/// A set of field paths, stored as the tree managedFields' FieldsV1 spells out: elements "f:name", "k:{keys}",
/// "v:value" and "i:index"; "." marks a node that is itself a member while it has children.
/// </summary>
internal sealed class FieldSet
{
    private readonly SortedDictionary<string, FieldSet> _children = new(StringComparer.Ordinal);
    private bool _isMember;

    public bool IsEmpty => !_isMember && _children.Count == 0;

    public static FieldSet Of(IEnumerable<string[]> paths)
    {
        var set = new FieldSet();
        foreach (var path in paths)
        {
            set.Add(path);
        }

        return set;
    }

    public void Add(IReadOnlyList<string> path)
    {
        var node = this;
        foreach (var element in path)
        {
            if (!node._children.TryGetValue(element, out var child))
            {
                child = new FieldSet();
                node._children[element] = child;
            }

            node = child;
        }

        node._isMember = true;
    }

    public bool Contains(IReadOnlyList<string> path)
    {
        var node = this;
        foreach (var element in path)
        {
            if (!node._children.TryGetValue(element, out node))
            {
                return false;
            }
        }

        return node._isMember;
    }

    /// <summary>Every member path, depth first in element order.</summary>
    public IEnumerable<string[]> Paths()
    {
        var result = new List<string[]>();
        Collect(this, [], result);
        return result;
    }

    public FieldSet Except(FieldSet other) => Of(Paths().Where(path => !other.Contains(path)));

    public FieldSet Intersect(FieldSet other) => Of(Paths().Where(other.Contains));

    public FieldSet Union(FieldSet other) => Of(Paths().Concat(other.Paths()));

    public FieldSet Where(Func<string[], bool> keep) => Of(Paths().Where(keep));

    public JsonObject ToFieldsV1()
    {
        var json = new JsonObject();
        if (_isMember && _children.Count > 0)
        {
            json["."] = new JsonObject();
        }

        foreach (var (element, child) in _children)
        {
            json[element] = child.ToFieldsV1();
        }

        return json;
    }

    public static FieldSet FromFieldsV1(JsonObject? fieldsV1)
    {
        var set = new FieldSet();
        if (fieldsV1 is not null)
        {
            Read(set, fieldsV1);
        }

        return set;
    }

    /// <summary>fieldpath.Path.String(): ".spec.ports[port=80,protocol=\"TCP\"].nodePort".</summary>
    public static string Describe(IEnumerable<string> path) => string.Concat(path.Select(DescribeElement));

    private static string DescribeElement(string element) => element[..2] switch
    {
        "f:" => "." + element[2..],
        "i:" => "[" + element[2..] + "]",
        "v:" => "[=" + DescribeValue(JsonNode.Parse(element[2..])) + "]",
        "k:" => "[" + string.Join(",", JsonNode.Parse(element[2..])!.AsObject().Select(key => key.Key + "=" + DescribeValue(key.Value))) + "]",
        _ => element,
    };

    private static string DescribeValue(JsonNode? value) =>
        value is JsonValue scalar && scalar.GetValueKind() == JsonValueKind.String ? JsonSerializer.Serialize(scalar.GetValue<string>()) : value?.ToJsonString() ?? "null";

    private static void Read(FieldSet node, JsonObject json)
    {
        foreach (var (element, child) in json)
        {
            if (element == ".")
            {
                node._isMember = true;
                continue;
            }

            var childSet = new FieldSet();
            node._children[element] = childSet;
            if (child is JsonObject childJson && childJson.Count > 0)
            {
                Read(childSet, childJson);
            }
            else
            {
                childSet._isMember = true;
            }
        }
    }

    private static void Collect(FieldSet node, List<string> prefix, List<string[]> result)
    {
        if (node._isMember && prefix.Count > 0)
        {
            result.Add([.. prefix]);
        }

        foreach (var (element, child) in node._children)
        {
            prefix.Add(element);
            Collect(child, prefix, result);
            prefix.RemoveAt(prefix.Count - 1);
        }
    }
}
