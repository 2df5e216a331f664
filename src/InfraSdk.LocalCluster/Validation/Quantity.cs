using System.Globalization;
using System.Text.RegularExpressions;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>A resource.Quantity ("500m", "1.5", "128Mi", "1e3") read as a number, for comparing requests with limits.</summary>
internal static partial class Quantity
{
    private static readonly Dictionary<string, decimal> Suffixes = new(StringComparer.Ordinal)
    {
        [""] = 1m, ["n"] = 1e-9m, ["u"] = 1e-6m, ["m"] = 1e-3m, ["k"] = 1e3m, ["M"] = 1e6m, ["G"] = 1e9m, ["T"] = 1e12m, ["P"] = 1e15m, ["E"] = 1e18m,
        ["Ki"] = 1024m, ["Mi"] = 1024m * 1024, ["Gi"] = 1024m * 1024 * 1024, ["Ti"] = 1024m * 1024 * 1024 * 1024,
        ["Pi"] = 1024m * 1024 * 1024 * 1024 * 1024, ["Ei"] = 1024m * 1024 * 1024 * 1024 * 1024 * 1024,
    };

    /// <summary>The value of a quantity given as a JSON string or number; null when it is not a quantity.</summary>
    public static decimal? Parse(string text)
    {
        var match = Format().Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var suffix = match.Groups["suffix"].Value;
        if (Suffixes.TryGetValue(suffix, out var scale))
        {
            return number * scale;
        }

        return suffix.Length > 1 && suffix[0] is 'e' or 'E' && int.TryParse(suffix[1..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent) && Math.Abs(exponent) <= 18
            ? number * (decimal)Math.Pow(10, exponent)
            : null;
    }

    [GeneratedRegex(@"^(?<number>[+-]?(\d+\.?\d*|\.\d+))(?<suffix>[eE][+-]?\d+|[KMGTPE]i|[numkMGTPE]|)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
