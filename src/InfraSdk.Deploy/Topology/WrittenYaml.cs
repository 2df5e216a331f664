using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace InfraSdk.Deploy.Topology;

/// <summary>
/// Reads YAML as InfraSdk's one writer (src/Shared/Yaml/YamlWriter) spells it: block mappings at two-space steps, block
/// sequences, <c>{}</c> and <c>[]</c>, plain scalars of letters, digits and <c>-_./</c>, whole numbers, <c>true</c> and
/// <c>false</c>, double-quoted strings with JSON escapes and literal blocks. It writes the same document as JSON, so that
/// KubernetesJson can read it without YamlDotNet. Anything else (comments, flow collections, single quotes, anchors,
/// several documents, what a KubernetesClient object through KubernetesYaml may look like) gives null: the caller
/// reads that manifest with KubernetesYaml.
/// </summary>
internal sealed class WrittenYaml
{
    private readonly string[] _lines;
    private readonly Utf8JsonWriter _json;
    private int _line;

    private WrittenYaml(string[] lines, Utf8JsonWriter json)
    {
        _lines = lines;
        _json = json;
    }

    /// <summary>The document as UTF-8 JSON, or null when it is not in the writer's subset.</summary>
    public static byte[]? ToJson(string yaml)
    {
        if (yaml.Length == 0 || yaml[^1] != '\n' || yaml.Contains('\r', StringComparison.Ordinal))
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(yaml.Length + (yaml.Length / 2));
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            var reader = new WrittenYaml(yaml[..^1].Split('\n'), json);
            if (IndentOf(reader._lines[0]) != 0 || !reader.Block(0) || reader._line != reader._lines.Length)
            {
                return null;
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static int IndentOf(string line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        return indent;
    }

    /// <summary>A block mapping or sequence whose lines start at column <paramref name="indent"/>.</summary>
    private bool Block(int indent)
    {
        if (_line >= _lines.Length || IndentOf(_lines[_line]) != indent || _lines[_line].Length == indent)
        {
            return false;
        }

        return _lines[_line][indent] == '-' ? Sequence(indent) : Mapping(indent, _lines[_line]);
    }

    /// <summary>A mapping; <paramref name="first"/> is its first line (for a sequence item, the text after "- " shifted to its column).</summary>
    private bool Mapping(int indent, string first)
    {
        _json.WriteStartObject();
        var line = first;
        while (true)
        {
            var at = indent;
            if (!Key(line, ref at) || at >= line.Length || line[at] != ':')
            {
                return false;
            }

            _line++;
            if (!Value(line, at + 1, indent, sequenceMayFollow: true))
            {
                return false;
            }

            if (_line >= _lines.Length || IndentOf(_lines[_line]) != indent || _lines[_line].Length == indent || _lines[_line][indent] == '-')
            {
                break;
            }

            line = _lines[_line];
        }

        _json.WriteEndObject();
        return true;
    }

    private bool Sequence(int indent)
    {
        _json.WriteStartArray();
        while (_line < _lines.Length && IndentOf(_lines[_line]) == indent && _lines[_line].Length > indent && _lines[_line][indent] == '-')
        {
            var line = _lines[_line];
            var rest = indent + 1;
            if (rest == line.Length)
            {
                _line++;
                if (!Block(indent + 2))
                {
                    return false;
                }
            }
            else if (line[rest] != ' ')
            {
                return false;
            }
            else if (StartsMapping(line, rest + 1))
            {
                // "- key: value": the mapping's first key sits at indent + 2, as its other keys do.
                if (!Mapping(indent + 2, string.Concat(new string(' ', indent + 2), line.AsSpan(rest + 1))))
                {
                    return false;
                }
            }
            else
            {
                _line++;
                if (!Value(line, rest, indent, sequenceMayFollow: false))
                {
                    return false;
                }
            }
        }

        _json.WriteEndArray();
        return true;
    }

    /// <summary>Whether the text at <paramref name="at"/> is "key:" rather than a scalar.</summary>
    private bool StartsMapping(string line, int at)
    {
        var end = at;
        return Key(line, ref end, write: false) && end < line.Length && line[end] == ':';
    }

    /// <summary>
    /// What follows an indicator ("key:" or "-") at <paramref name="at"/> of <paramref name="line"/> (already consumed):
    /// an inline scalar, {} or [], a literal block, or nothing and a nested block on the next lines.
    /// </summary>
    private bool Value(string line, int at, int indent, bool sequenceMayFollow)
    {
        if (at == line.Length)
        {
            // A mapping value's sequence stays at the key's column; a nested mapping is two deeper.
            if (sequenceMayFollow && _line < _lines.Length && IndentOf(_lines[_line]) == indent && _lines[_line].Length > indent && _lines[_line][indent] == '-')
            {
                return Sequence(indent);
            }

            return Block(indent + 2);
        }

        if (line[at] != ' ' || at + 1 == line.Length)
        {
            return false;
        }

        var text = line.AsSpan(at + 1);
        switch (text)
        {
            case "{}":
                _json.WriteStartObject();
                _json.WriteEndObject();
                return true;
            case "[]":
                _json.WriteStartArray();
                _json.WriteEndArray();
                return true;
            case "|" or "|-" or "|+":
                return Literal(text[^1], indent + 2);
            case "true":
                _json.WriteBooleanValue(true);
                return true;
            case "false":
                _json.WriteBooleanValue(false);
                return true;
        }

        if (text[0] == '"')
        {
            return Quoted(text, out var value, out var used) && used == text.Length && Write(value);
        }

        if (IsWholeNumber(text))
        {
            _json.WriteRawValue(text, skipInputValidation: true);
            return true;
        }

        return IsPlainString(text) && Write(text.ToString());
    }

    private bool Write(string value)
    {
        _json.WriteStringValue(value);
        return true;
    }

    /// <summary>A key, plain or double-quoted, starting at <paramref name="at"/>; <paramref name="at"/> moves past it.</summary>
    private bool Key(string line, ref int at, bool write = true)
    {
        if (at >= line.Length)
        {
            return false;
        }

        if (line[at] == '"')
        {
            if (!Quoted(line.AsSpan(at), out var quoted, out var used))
            {
                return false;
            }

            at += used;
            if (write)
            {
                _json.WritePropertyName(quoted);
            }

            return true;
        }

        var end = line.IndexOf(':', at);
        if (end < 0 || !IsPlainString(line.AsSpan(at, end - at)))
        {
            return false;
        }

        if (write)
        {
            _json.WritePropertyName(line.AsSpan(at, end - at));
        }

        at = end;
        return true;
    }

    /// <summary>
    /// The lines of a literal block at <paramref name="contentIndent"/>, with its chomping: '-' strips the final line
    /// breaks, '|' keeps one, '+' keeps them all.
    /// </summary>
    private bool Literal(char chomping, int contentIndent)
    {
        var text = new StringBuilder();
        var padding = new string(' ', contentIndent);
        var start = _line;
        while (_line < _lines.Length && (_lines[_line].Length == 0 || _lines[_line].StartsWith(padding, StringComparison.Ordinal)))
        {
            if (_lines[_line].Length > 0)
            {
                text.Append(_lines[_line], contentIndent, _lines[_line].Length - contentIndent);
            }

            text.Append('\n');
            _line++;
        }

        if (_line == start || _lines[start].Length <= contentIndent || _lines[start][contentIndent] == ' ')
        {
            return false;
        }

        var value = text.ToString();
        var body = value.TrimEnd('\n');
        return Write(chomping switch
        {
            '-' => body,
            '|' => body + "\n",
            _ => value,
        });
    }

    /// <summary>A double-quoted scalar with the escapes the writer uses (\" \\ \n \t \r \uXXXX).</summary>
    private static bool Quoted(ReadOnlySpan<char> text, out string value, out int used)
    {
        value = string.Empty;
        used = 0;
        var output = new StringBuilder(text.Length);
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                value = output.ToString();
                used = i + 1;
                return true;
            }

            if (c != '\\')
            {
                output.Append(c);
                continue;
            }

            if (++i == text.Length)
            {
                return false;
            }

            switch (text[i])
            {
                case '"':
                    output.Append('"');
                    break;
                case '\\':
                    output.Append('\\');
                    break;
                case 'n':
                    output.Append('\n');
                    break;
                case 't':
                    output.Append('\t');
                    break;
                case 'r':
                    output.Append('\r');
                    break;
                case 'u' when i + 4 < text.Length && ushort.TryParse(text.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    output.Append((char)code);
                    i += 4;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool IsWholeNumber(ReadOnlySpan<char> text)
    {
        var digits = text[0] == '-' ? text[1..] : text;
        if (digits.Length == 0 || digits.Length > 18 || (digits[0] == '0' && digits.Length > 1))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The writer's plain strings: a letter, '/' or '_' first, then letters, digits and -_./, no reserved word.</summary>
    private static bool IsPlainString(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !(char.IsAsciiLetter(text[0]) || text[0] is '/' or '_'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/'))
            {
                return false;
            }
        }

        return !(text.Length <= 5 && Reserved.Contains(text.ToString()))
            && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            && !text.Equals(".inf", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    };
}
