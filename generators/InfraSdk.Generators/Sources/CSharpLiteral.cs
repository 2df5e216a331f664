using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace InfraSdk.Generators.Sources;

internal static class CSharpLiteral
{
    public static string String(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>
    /// A YAML document as a raw string literal, readable in the generated file; text with control characters falls
    /// back to an escaped literal, which shows them.
    /// </summary>
    public static string Yaml(string yaml)
    {
        if (yaml.Any(c => (c < ' ' && c != '\n') || c is '\x7F' or '\uFEFF' || char.IsSurrogate(c)))
        {
            return String(yaml);
        }

        var quotes = new string('"', System.Math.Max(3, LongestQuoteRun(yaml) + 1));
        return quotes + "\n" + yaml + "\n" + quotes;
    }

    private static int LongestQuoteRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '"' ? run + 1 : 0;
            longest = System.Math.Max(longest, run);
        }

        return longest;
    }
}
