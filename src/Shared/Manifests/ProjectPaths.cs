namespace InfraSdk.Manifests;

/// <summary>How a ConfigMap's project-relative file path ("config/app.json") names a build item's full path.</summary>
internal static class ProjectPaths
{
    public static bool Names(string relativePath, string fullPath)
    {
        var path = fullPath.Replace('\\', '/');
        var relative = relativePath.Replace('\\', '/').TrimStart('.', '/');
        return path == relative || path.EndsWith("/" + relative, System.StringComparison.Ordinal);
    }
}
