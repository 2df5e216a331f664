using System.Globalization;
using System.Text.RegularExpressions;

namespace InfraSdk.Kubernetes;

/// <summary>
/// A Kubernetes resource quantity ("500m", "0.5", "256Mi", "1G", "1e3"), as resource.Quantity parses it: validity by
/// the API server's regular expression, and the value as a decimal so requests and limits compare.
/// </summary>
internal static class Quantity
{
    /// <summary>The regular expression of k8s.io/apimachinery resource.Quantity.</summary>
    public const string Pattern = @"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$";

    private static readonly Regex Syntax = new(Pattern, RegexOptions.CultureInvariant);

    /// <summary>Whether the API server accepts <paramref name="text"/> as a quantity.</summary>
    public static bool IsValid(string text) => Syntax.IsMatch(text);

    /// <summary>
    /// The quantity a malformed one most likely means ("500mb" is "500M", "2 GiB" is "2Gi"), or null when there is no
    /// single reading ("5m" could be milli or mega, so a valid text is never rewritten).
    /// </summary>
    public static string? Suggest(string text)
    {
        var compact = text.Replace(" ", string.Empty);
        var split = 0;
        while (split < compact.Length && (char.IsDigit(compact[split]) || compact[split] is '.' or '+' or '-'))
        {
            split++;
        }

        var suffix = compact.Substring(split).ToLowerInvariant();
        if (suffix.EndsWith("bytes", System.StringComparison.Ordinal))
        {
            suffix = suffix.Substring(0, suffix.Length - 5);
        }
        else if (suffix.EndsWith("b", System.StringComparison.Ordinal))
        {
            suffix = suffix.Substring(0, suffix.Length - 1);
        }

        var canonical = suffix switch
        {
            "" => string.Empty,
            "k" => "k",
            "ki" => "Ki",
            "mi" => "Mi",
            "gi" => "Gi",
            "ti" => "Ti",
            "pi" => "Pi",
            "ei" => "Ei",
            "g" => "G",
            "t" => "T",
            "p" => "P",
            "e" => "E",
            _ => compact.Substring(split) is "mb" or "MB" or "Mb" ? "M" : null,
        };
        var suggestion = canonical is null ? null : compact.Substring(0, split) + canonical;
        return suggestion is not null && suggestion != text && IsValid(suggestion) && !IsValid(text) ? suggestion : null;
    }

    /// <summary>The value of a valid quantity; false when malformed or beyond what a decimal holds.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var match = Syntax.Match(text);
        if (!match.Success)
        {
            return false;
        }

        var suffix = match.Groups[3].Value;
        var number = text.Substring(0, text.Length - suffix.Length);
        if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var mantissa))
        {
            return false;
        }

        try
        {
            value = mantissa * Multiplier(suffix);
            return true;
        }
        catch (System.OverflowException)
        {
            return false;
        }
    }

    private static decimal Multiplier(string suffix) => suffix switch
    {
        "" => 1m,
        "n" => 0.000000001m,
        "u" => 0.000001m,
        "m" => 0.001m,
        "k" => 1e3m,
        "M" => 1e6m,
        "G" => 1e9m,
        "T" => 1e12m,
        "P" => 1e15m,
        "E" => 1e18m,
        "Ki" => 1024m,
        "Mi" => 1024m * 1024,
        "Gi" => 1024m * 1024 * 1024,
        "Ti" => 1024m * 1024 * 1024 * 1024,
        "Pi" => 1024m * 1024 * 1024 * 1024 * 1024,
        "Ei" => 1024m * 1024 * 1024 * 1024 * 1024 * 1024,
        _ => PowerOfTen(int.Parse(suffix.Substring(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
    };

    /// <summary>10^exponent for an "e" suffix; beyond a decimal's range it overflows (or underflows to 0).</summary>
    private static decimal PowerOfTen(int exponent)
    {
        if (exponent > 28)
        {
            throw new System.OverflowException();
        }

        var result = 1m;
        for (var i = 0; i < System.Math.Abs(exponent); i++)
        {
            result = exponent > 0 ? result * 10 : result / 10;
        }

        return result;
    }
}
