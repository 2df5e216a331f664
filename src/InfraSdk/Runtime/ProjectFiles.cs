namespace InfraSdk;

/// <summary>Reads a file a declaration names at run time: relative to the current directory, else to the application.</summary>
internal static class ProjectFiles
{
    public static string? Read(string path)
    {
        foreach (var candidate in new[] { path, Path.Combine(AppContext.BaseDirectory, path) })
        {
            if (File.Exists(candidate))
            {
                return File.ReadAllText(candidate);
            }
        }

        return null;
    }
}
