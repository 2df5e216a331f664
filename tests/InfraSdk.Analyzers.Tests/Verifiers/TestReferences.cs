using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Verifiers;

/// <summary>
/// Compiles test sources against the running .NET's own assemblies and InfraSdk.dll, so tests need no
/// reference-assembly download.
/// </summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies None = new("net10.0");

    public static readonly ImmutableArray<MetadataReference> All = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == runtimeDirectory && path.EndsWith(".dll", StringComparison.Ordinal));
        return framework
            .Append(typeof(InfraSdk.Resource).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
