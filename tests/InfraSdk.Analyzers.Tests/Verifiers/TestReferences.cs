using System.Collections.Immutable;
using InfraSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Verifiers;

/// <summary>
/// Compiles test sources against the running .NET's own assemblies and InfraSdk.dll (the generator tests'
/// <see cref="FrameworkReferences"/>), so tests need no reference-assembly download.
/// </summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies None = new("net10.0");

    public static ImmutableArray<MetadataReference> All => FrameworkReferences.All;
}
