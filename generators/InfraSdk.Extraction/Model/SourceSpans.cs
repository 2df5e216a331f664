using InfraSdk.Declarations;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace InfraSdk.Extraction.Model;

/// <summary>Between Roslyn locations and the plain <see cref="SourceSpan"/> the specs keep.</summary>
internal static class SourceSpans
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
    public static TextSpan ToTextSpan(this SourceSpan span) => new(span.Start, span.Length);

    public static Location ToLocation(this SourceSpan span) =>
        Location.Create(span.FilePath, span.ToTextSpan(), new LinePositionSpan(new LinePosition(span.StartLine, span.StartCharacter), new LinePosition(span.EndLine, span.EndCharacter)));
}
