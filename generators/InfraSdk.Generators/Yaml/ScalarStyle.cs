using System.Text.RegularExpressions;

namespace InfraSdk.Generators.Yaml;

internal enum ScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
}

/// <summary>
/// Chooses a string scalar's style as <c>k8s.KubernetesYaml</c> does: KubernetesClient's StringQuotingEmitter
/// double-quotes what a YAML 1.1 reader would take for a bool, null or number and asks for a literal block when the
/// text has a line feed; YamlDotNet's emitter then falls back from plain to quoted when the characters demand it.
/// </summary>
internal static class ScalarStyles
{
    /// <summary>KubernetesClient's pattern, evaluated by .NET's engine as there (<c>$</c> also matches before a final line feed).</summary>
    private static readonly Regex AmbiguousInYaml11 = new(
        @"^(\~|null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|on|On|ON|n|N|no|No|NO|off|Off|OFF|-?(0|[0-9]*)(\.[0-9]*)?([eE][-+]?[0-9]+)?)?$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// The style for <paramref name="value"/>, or null when this writer cannot promise YamlDotNet's exact output
    /// (line breaks other than '\n', which YamlDotNet folds; an unpaired surrogate; a multi-line or very long key).
    /// </summary>
    public static ScalarStyle? Select(string value, bool isString, bool isSimpleKey)
    {
        if (!isString)
        {
            return ScalarStyle.Plain;
        }

        if (!IsSupported(value))
        {
            return null;
        }

        var analysis = new ScalarAnalysis(value);
        if (isSimpleKey && (analysis.IsMultiline || value.Length > MaxSimpleKeyLength))
        {
            return null;
        }

        var style = AmbiguousInYaml11.IsMatch(value) ? ScalarStyle.DoubleQuoted
            : value.IndexOf('\n') >= 0 ? ScalarStyle.Literal
            : ScalarStyle.Plain;

        if (style == ScalarStyle.Plain)
        {
            if (!analysis.IsBlockPlainAllowed)
            {
                style = analysis.IsSingleQuotedAllowed && !analysis.HasSingleQuotes ? ScalarStyle.SingleQuoted : ScalarStyle.DoubleQuoted;
            }

            if (value.Length == 0 && isSimpleKey)
            {
                style = ScalarStyle.SingleQuoted;
            }
        }

        if (style == ScalarStyle.SingleQuoted && !analysis.IsSingleQuotedAllowed)
        {
            style = ScalarStyle.DoubleQuoted;
        }

        if (style == ScalarStyle.Literal && (!analysis.IsBlockAllowed || isSimpleKey))
        {
            style = ScalarStyle.DoubleQuoted;
        }

        return style;
    }

    /// <summary>YamlDotNet's default maximum length of a simple (unmarked) mapping key.</summary>
    private const int MaxSimpleKeyLength = 1024;

    private static bool IsSupported(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\r' or '\x85' or '\u2028' or '\u2029')
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
