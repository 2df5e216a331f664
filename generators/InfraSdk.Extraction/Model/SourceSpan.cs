using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace InfraSdk.Extraction.Model;

/// <summary>A source location kept as plain values (a Location would pin the syntax tree and break caching).</summary>
internal readonly record struct SourceSpan(string FilePath, int Start, int Length, int StartLine, int StartCharacter, int EndLine, int EndCharacter)
{
    public static SourceSpan From(SyntaxNode node) => From(node.GetLocation());

    public static SourceSpan From(SyntaxToken token) => From(token.GetLocation());

    public static SourceSpan From(Location location)
    {
        var line = location.GetLineSpan();
        return new SourceSpan(
            line.Path ?? string.Empty,
            location.SourceSpan.Start,
            location.SourceSpan.Length,
            line.StartLinePosition.Line,
            line.StartLinePosition.Character,
            line.EndLinePosition.Line,
            line.EndLinePosition.Character);
    }

    /// <summary>The span within its file's text.</summary>
    public TextSpan TextSpan => new(Start, Length);

    public Location ToLocation() =>
        Location.Create(FilePath, TextSpan, new LinePositionSpan(new LinePosition(StartLine, StartCharacter), new LinePosition(EndLine, EndCharacter)));

    /// <summary>"ShopTopology.cs:17": the file name and 1-based line, as messages name a declaration.</summary>
    public string ToDisplayString() => System.IO.Path.GetFileName(FilePath) + ":" + (StartLine + 1);
}
