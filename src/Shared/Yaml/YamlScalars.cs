using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace InfraSdk.Yaml;

/// <summary>
/// How a scalar is spelled: plain when every YAML 1.1 and 1.2 reader takes it for the same string, a literal block
/// for multi-line text (configuration files stay readable), double-quoted with JSON escapes otherwise.
/// </summary>
internal static class YamlScalars
{
    private static readonly HashSet<string> Reserved = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    };

    public static string Key(string key) => IsPlain(key) ? key : Quoted(key);

    public static string Inline(YamlScalar scalar) => !scalar.IsString || IsPlain(scalar.Text) ? scalar.Text : Quoted(scalar.Text);

    /// <summary>The "|" header and lines of <paramref name="scalar"/> as a literal block, or null when it must be quoted.</summary>
    public static (string Header, string[] Lines)? LiteralBlock(YamlScalar scalar)
    {
        var text = scalar.Text;
        if (!scalar.IsString || text.IndexOf('\n') < 0 || text[0] == ' ' || text[0] == '\n' || !IsPrintable(text, allowLineFeed: true))
        {
            return null;
        }

        var body = text.TrimEnd('\n');
        var trailing = text.Length - body.Length;
        var chomping = trailing switch
        {
            0 => "|-",
            1 => "|",
            _ => "|+",
        };
        var lines = new List<string>(body.Split('\n'));
        for (var i = 1; i < trailing; i++)
        {
            lines.Add(string.Empty);
        }

        foreach (var line in lines)
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[line.Length - 1]))
            {
                return null;
            }
        }

        return (chomping, lines.ToArray());
    }

    /// <summary>Letters, digits and a few separators, not starting like a number, indicator or reserved word.</summary>
    private static bool IsPlain(string text)
    {
        if (text.Length == 0 || Reserved.Contains(text) || !(char.IsLetter(text[0]) || text[0] == '/' || text[0] == '_'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(c < 128 && (char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/')))
            {
                return false;
            }
        }

        return !LooksNumeric(text);
    }

    /// <summary>YAML 1.1 readers take "1e3" or ".inf"-like and sexagesimal text for numbers; none of those start with a letter except these.</summary>
    private static bool LooksNumeric(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || text.Equals(".inf", System.StringComparison.OrdinalIgnoreCase);

    private static bool IsPrintable(string text, bool allowLineFeed)
    {
        foreach (var c in text)
        {
            if ((c < ' ' && !(allowLineFeed && c == '\n') && c != '\t') || c == '\x7F' || c == '\uFEFF' || char.IsSurrogate(c) || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                return false;
            }
        }

        return true;
    }

    private static string Quoted(string text)
    {
        var output = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    output.Append("\\\"");
                    break;
                case '\\':
                    output.Append("\\\\");
                    break;
                case '\n':
                    output.Append("\\n");
                    break;
                case '\t':
                    output.Append("\\t");
                    break;
                case '\r':
                    output.Append("\\r");
                    break;
                default:
                    if (c < ' ' || c == '\x7F' || c == '\uFEFF' || char.IsSurrogate(c) || c == '\u0085' || c == '\u2028' || c == '\u2029')
                    {
                        output.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        return output.Append('"').ToString();
    }
}
