using InfraSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Generators.Tests.Equality;

/// <summary>The equality topologies, compiled through the generator and loaded once for all equality tests.</summary>
public sealed class GeneratedTopologies : IDisposable
{
    public GeneratedTopologies()
    {
        var (output, run) = TestCompilation.Generate(TestCompilation.Create(EqualityTopologies.Source));
        TestCompilation.AssertClean(output);
        GeneratedSources = run.Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());
        Loaded = new LoadedTopology(output);
    }

    public IReadOnlyDictionary<string, string> GeneratedSources { get; }

    internal LoadedTopology Loaded { get; }

    public void Dispose() => Loaded.Dispose();
}
