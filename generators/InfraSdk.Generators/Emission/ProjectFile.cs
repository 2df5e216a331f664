namespace InfraSdk.Generators.Emission;

/// <summary>An AdditionalFiles item a ConfigMap names: its full path and text (null when it could not be read).</summary>
internal sealed record ProjectFile(string Path, string? Text)
{
    /// <summary>Whether this is the file a declaration names by its project-relative <paramref name="relativePath"/>.</summary>
    public bool Is(string relativePath) => Manifests.ProjectPaths.Names(relativePath, Path);
}
