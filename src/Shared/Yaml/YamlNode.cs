using System.Collections.Generic;

namespace InfraSdk.Yaml;

/// <summary>The small document model manifests need: block mappings, block sequences and scalars.</summary>
internal abstract class YamlNode;

/// <summary>A mapping whose entries are written in the order added.</summary>
internal sealed class YamlMapping : YamlNode
{
    public List<KeyValuePair<string, YamlNode>> Entries { get; } = [];

    public bool IsEmpty => Entries.Count == 0;

    public YamlMapping Add(string key, YamlNode value)
    {
        Entries.Add(new KeyValuePair<string, YamlNode>(key, value));
        return this;
    }

    public YamlMapping Add(string key, string value) => Add(key, YamlScalar.String(value));

    public YamlMapping Add(string key, long value) => Add(key, YamlScalar.Number(value));

    public YamlMapping AddIfNotNull(string key, string? value) => value is null ? this : Add(key, value);

    public YamlMapping AddIfNotNull(string key, long? value) => value is { } number ? Add(key, number) : this;

    public YamlMapping AddIfNotNull(string key, bool? value) => value is { } flag ? Add(key, YamlScalar.Boolean(flag)) : this;

    /// <summary>Adds <paramref name="value"/> unless it is null or an empty mapping or sequence.</summary>
    public YamlMapping AddIfAny(string key, YamlNode? value) => value switch
    {
        null => this,
        YamlMapping { IsEmpty: true } => this,
        YamlSequence { Items.Count: 0 } => this,
        _ => Add(key, value),
    };

    /// <summary>A string dictionary, keys sorted ordinally (later entries win), as the API server returns labels.</summary>
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
    public YamlSequence()
    {
    }

    public YamlSequence(IEnumerable<YamlNode> items) => Items.AddRange(items);

    public List<YamlNode> Items { get; } = [];

    public static YamlSequence Strings(IEnumerable<string> items)
    {
        var sequence = new YamlSequence();
        foreach (var item in items)
        {
            sequence.Items.Add(YamlScalar.String(item));
        }

        return sequence;
    }
}

/// <summary>A scalar: a string (quoted when YAML would read it as something else), or a number or boolean (plain).</summary>
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

    public static YamlScalar Number(long value) => new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), isString: false);

    public static YamlScalar Boolean(bool value) => new(value ? "true" : "false", isString: false);
}
