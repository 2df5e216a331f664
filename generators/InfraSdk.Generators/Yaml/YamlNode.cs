using System.Collections.Generic;

namespace InfraSdk.Generators.Yaml;

/// <summary>The small YAML document model the manifests need: block mappings, block sequences and scalars.</summary>
internal abstract class YamlNode;

/// <summary>A mapping whose entries are written in the order added (k8s.Models order: alphabetical JSON names).</summary>
internal sealed class YamlMapping : YamlNode
{
    public List<KeyValuePair<string, YamlNode>> Entries { get; } = [];

    public YamlMapping Add(string key, YamlNode value)
    {
        Entries.Add(new KeyValuePair<string, YamlNode>(key, value));
        return this;
    }

    public YamlMapping Add(string key, string value) => Add(key, YamlScalar.String(value));

    public YamlMapping AddIfNotNull(string key, string? value) => value is null ? this : Add(key, value);

    public YamlMapping Add(string key, int value) => Add(key, YamlScalar.Number(value));

    public YamlMapping AddIfNotNull(string key, int? value) => value is { } number ? Add(key, number) : this;

    public YamlMapping AddIfNotNull(string key, bool? value) => value is { } flag ? Add(key, YamlScalar.Boolean(flag)) : this;

    /// <summary>A string dictionary as its keys sorted ordinally, as the mapping's SortedDictionary enumerates it.</summary>
    public static YamlMapping Sorted(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var sorted = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            sorted[entry.Key] = entry.Value;
        }

        var mapping = new YamlMapping();
        foreach (var entry in sorted)
        {
            mapping.Add(entry.Key, entry.Value);
        }

        return mapping;
    }
}

internal sealed class YamlSequence : YamlNode
{
    public List<YamlNode> Items { get; } = [];
}

/// <summary>A scalar: a string (quoted as KubernetesYaml quotes it) or a number or boolean (always plain).</summary>
internal sealed class YamlScalar : YamlNode
{
    private YamlScalar(string text, bool isString)
    {
        Text = text;
        IsString = isString;
    }

    public string Text { get; }

    public bool IsString { get; }

    public static YamlScalar String(string value) => new(value, isString: true);

    public static YamlScalar Number(int value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), isString: false);

    public static YamlScalar Boolean(bool value) => new(value ? "true" : "false", isString: false);
}
