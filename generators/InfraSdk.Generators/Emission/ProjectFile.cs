namespace InfraSdk.Generators.Emission;

/// <summary>An AdditionalFiles item a ConfigMap names: its full path and text (null when it could not be read).</summary>
internal sealed record ProjectFile(string Path, string? Text)
{
    /// <summary>Whether this is the file a declaration names by its project-relative <paramref name="relativePath"/>.</summary>
    public bool Is(string relativePath)
    {
        var path = Path.Replace('\\', '/');
        var relative = relativePath.Replace('\\', '/').TrimStart('.', '/');
        return path == relative || path.EndsWith("/" + relative, System.StringComparison.Ordinal);
    }
}
