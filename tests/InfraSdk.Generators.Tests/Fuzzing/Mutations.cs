using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InfraSdk.Generators.Tests.Fuzzing;

/// <summary>
/// Breaks a valid project the ways an editor does mid-keystroke: tokens deleted, duplicated, swapped or replaced
/// (by punctuation, keywords, wrong-typed and extreme literals), literals set to extremes, a file cut off anywhere.
/// </summary>
internal static class Mutations
{
    private static readonly string[] Replacements =
    [
        "null", "default", "new", "static", "partial", "readonly", "this", "base", "var", "=>", "=", "==", "..", "?", "!", "?.", "&", "*",
        "{", "}", "(", ")", "[", "]", ",", ";", ":", ".", "<", ">", "#if X", "\n#endif\n", "/*", "//", "@", "$\"{", "\"",
        "0", "-1", "2147483647", "2147483648", "-2147483648", "9223372036854775808", "1e309", "0.5m", "'c'", "\"\"", "\"名前\"", "@\"v\"", "$\"{1}\"", "\"\"\"raw\"\"\"", "true",
        "int.MaxValue", "Deployment", "Service", "NodePortService", "Container", "ServicePort", "Topology", "V1Deployment", "Protocol.Udp", "typeof(int)", "nameof(T0)", "await", "throw",
    ];

    private static readonly string[] ExtremeNumbers = ["0", "-1", "2147483647", "-2147483648", "2147483648", "65536", "-30000", "long.MaxValue", "1.5", "0x7FFFFFFF", "int.MinValue"];

    private static readonly string[] ExtremeStrings = ["\"\"", "\" \"", "\"名前-é\"", "\"\\uFFFF\"", "\"\\0\"", "null", "\"a\\nb\"", "\"" + new string('z', 20_000) + "\"", "\"UPPER\"", "\"30000-32767\""];

    private enum Kind
    {
        Delete,
        Duplicate,
        Swap,
        Replace,
        ExtremeNumber,
        ExtremeString,
        Truncate,
    }

    /// <summary>A copy of <paramref name="project"/> with one to four mutations in its files.</summary>
    public static Gen<FuzzCase> Of(FuzzCase project) =>
        Gen.Select(Gen.Enum<Kind>(), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Array[1, 4].Select(mutations =>
        {
            var sources = (string[])project.Sources.Clone();
            foreach (var (kind, file, at, with) in mutations)
            {
                var index = file % sources.Length;
                sources[index] = Apply(sources[index], kind, at, with);
            }

            return project with { Sources = sources };
        });

    private static string Apply(string source, Kind kind, int at, int with)
    {
        if (kind == Kind.Truncate)
        {
            return source[..(at % (source.Length + 1))];
        }

        var parsed = SyntaxFactory.ParseTokens(source).ToList();
        var tokens = parsed.ConvertAll(token => token.ToFullString());
        if (tokens.Count < 2)
        {
            return source;
        }

        var i = at % (tokens.Count - 1);
        switch (kind)
        {
            case Kind.Delete:
                tokens.RemoveAt(i);
                break;
            case Kind.Duplicate:
                tokens.Insert(i, tokens[i]);
                break;
            case Kind.Swap:
                (tokens[i], tokens[i + 1]) = (tokens[i + 1], tokens[i]);
                break;
            case Kind.Replace:
                tokens[i] = " " + Replacements[with % Replacements.Length] + " ";
                break;
            case Kind.ExtremeNumber:
                ReplaceNth(tokens, IndicesOf(parsed, SyntaxKind.NumericLiteralToken), at, " " + ExtremeNumbers[with % ExtremeNumbers.Length] + " ");
                break;
            case Kind.ExtremeString:
                ReplaceNth(tokens, IndicesOf(parsed, SyntaxKind.StringLiteralToken), at, " " + ExtremeStrings[with % ExtremeStrings.Length] + " ");
                break;
        }

        return string.Concat(tokens);
    }

    private static List<int> IndicesOf(List<SyntaxToken> tokens, SyntaxKind kind) =>
        Enumerable.Range(0, tokens.Count).Where(i => tokens[i].IsKind(kind)).ToList();

    private static void ReplaceNth(List<string> tokens, List<int> candidates, int at, string replacement)
    {
        if (candidates.Count > 0)
        {
            tokens[candidates[at % candidates.Count]] = replacement;
        }
    }
}
