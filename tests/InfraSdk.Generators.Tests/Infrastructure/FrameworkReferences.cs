using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Generators.Tests.Infrastructure;

/// <summary>
/// The running .NET's own assemblies plus InfraSdk.dll and KubernetesClient.dll (its models are part of the API) as metadata references, so that compilations in tests and
/// benchmarks need no reference-assembly download. Linked into the analyzer tests and the benchmarks.
/// </summary>
internal static class FrameworkReferences
{
    public static readonly ImmutableArray<MetadataReference> All = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == runtimeDirectory && path.EndsWith(".dll", StringComparison.Ordinal));
        return framework
            .Append(typeof(Resource).Assembly.Location)
            .Append(typeof(k8s.IKubernetesObject).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
