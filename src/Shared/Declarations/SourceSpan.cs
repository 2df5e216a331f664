namespace InfraSdk.Declarations;

/// <summary>
/// A source location kept as plain values: a Roslyn Location would pin the syntax tree and break the generator's
/// caching, and the run-time side has no syntax at all.
/// </summary>
internal readonly record struct SourceSpan(string FilePath, int Start, int Length, int StartLine, int StartCharacter, int EndLine, int EndCharacter)
{
    /// <summary>"ShopTopology.cs:17": the file name and 1-based line, as messages name a declaration.</summary>
    public string ToDisplayString() => System.IO.Path.GetFileName(FilePath) + ":" + (StartLine + 1);
}
