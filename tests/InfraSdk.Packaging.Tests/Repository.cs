using System.Reflection;

namespace InfraSdk.Packaging.Tests;

/// <summary>Where the repository and its build outputs are, as recorded when these tests were built.</summary>
internal static class Repository
{
    public static readonly string Root = Metadata("RepositoryRoot");

    /// <summary>The configuration these tests (and so the projects they reference) were built in.</summary>
    public static readonly string Configuration = Metadata("Configuration");

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
