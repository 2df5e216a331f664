using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace InfraSdk.Generators.Sources;

internal static class CSharpLiteral
{
    public static string String(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>
    /// Multi-line text (YAML, a generated table) as a raw string literal, readable in the generated file; text with
    /// control characters falls back to an escaped literal, which shows them.
    /// </summary>
    public static string Text(string text)
    {
        if (text.Any(c => (c < ' ' && c != '\n') || c is '\x7F' or '\uFEFF' || char.IsSurrogate(c)))
        {
            return String(text);
        }

        var quotes = new string('"', System.Math.Max(3, LongestQuoteRun(text) + 1));
        return quotes + "\n" + text + "\n" + quotes;
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
