using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Api;

/// <summary>
/// The labelSelector query syntax: "a=b", "a==b", "a!=b", "a", "!a", "a in (x,y)", "a notin (x)", comma-separated
/// and all required; or a metav1.LabelSelector object (matchLabels and matchExpressions).
/// </summary>
internal sealed partial class LabelSelector
{
    private readonly List<Func<IReadOnlyDictionary<string, string>, bool>> _requirements;

    private LabelSelector(List<Func<IReadOnlyDictionary<string, string>, bool>> requirements) => _requirements = requirements;

    public static LabelSelector Parse(string? text)
    {
        var requirements = new List<Func<IReadOnlyDictionary<string, string>, bool>>();
        foreach (Match term in Terms().Matches(text ?? ""))
        {
            var value = term.Value.Trim();
            if (value.Length == 0)
            {
                continue;
            }

            requirements.Add(ParseTerm(value));
        }

        return new LabelSelector(requirements);
    }

    /// <summary>The selector of an object's spec; an unknown operator matches nothing, as LabelSelectorAsSelector fails.</summary>
    public static LabelSelector FromObject(JsonObject? selector)
    {
        var requirements = new List<Func<IReadOnlyDictionary<string, string>, bool>>();
        foreach (var (key, value) in selector.StringMap("matchLabels"))
        {
            requirements.Add(labels => labels.TryGetValue(key, out var actual) && actual == value);
        }

        foreach (var expression in selector.Array("matchExpressions").Objects())
        {
            var key = expression.String("key") ?? "";
            var values = (expression.Array("values") ?? []).Select(value => value?.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            requirements.Add(expression.String("operator") switch
            {
                "In" => labels => labels.TryGetValue(key, out var actual) && values.Contains(actual),
                "NotIn" => labels => !labels.TryGetValue(key, out var actual) || !values.Contains(actual),
                "Exists" => labels => labels.ContainsKey(key),
                "DoesNotExist" => labels => !labels.ContainsKey(key),
                _ => _ => false,
            });
        }

        return new LabelSelector(requirements);
    }

    public bool Matches(IReadOnlyDictionary<string, string> labels) => _requirements.All(requirement => requirement(labels));

    private static Func<IReadOnlyDictionary<string, string>, bool> ParseTerm(string term)
    {
        if (SetTerm().Match(term) is { Success: true } set)
        {
            var key = set.Groups["key"].Value;
            var values = set.Groups["values"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            return set.Groups["op"].Value == "in"
                ? labels => labels.TryGetValue(key, out var actual) && values.Contains(actual)
                : labels => !labels.TryGetValue(key, out var actual) || !values.Contains(actual);
        }

        if (term.Contains("!=", StringComparison.Ordinal))
        {
            var (key, value) = Split(term, "!=");
            return labels => !labels.TryGetValue(key, out var actual) || actual != value;
        }

        if (term.Contains('='))
        {
            var (key, value) = Split(term, term.Contains("==", StringComparison.Ordinal) ? "==" : "=");
            return labels => labels.TryGetValue(key, out var actual) && actual == value;
        }

        if (term.StartsWith('!'))
        {
            var key = term[1..].Trim();
            return labels => !labels.ContainsKey(key);
        }

        return labels => labels.ContainsKey(term);
    }

    private static (string Key, string Value) Split(string term, string op)
    {
        var at = term.IndexOf(op, StringComparison.Ordinal);
        return (term[..at].Trim(), term[(at + op.Length)..].Trim());
    }

    [GeneratedRegex(@"(?:[^,(]|\([^)]*\))+")]
    private static partial Regex Terms();

    [GeneratedRegex(@"^(?<key>\S+)\s+(?<op>in|notin)\s*\((?<values>[^)]*)\)$")]
    private static partial Regex SetTerm();
}
