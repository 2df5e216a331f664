using InfraSdk.Generators.Tests.Infrastructure;

namespace InfraSdk.Generators.Tests.Snapshots;

/// <summary>What the generator writes for the Shop topology, held in committed snapshots.</summary>
public class SnapshotTests
{
    [Fact]
    public void Shop_topology_class()
    {
        var (_, run) = TestCompilation.Generate(TestCompilation.Create(TopologySources.Shop));

        Snapshot.Verify(GeneratedSource(run, "Shop.ShopTopology.g.cs"), "cs");
    }

    [Fact]
    public void Shop_node_port_claims()
    {
        var (_, run) = TestCompilation.Generate(TestCompilation.Create(TopologySources.Shop));

        Snapshot.Verify(GeneratedSource(run, "InfraSdk.NodePortClaims.g.cs"), "cs");
    }

    [Fact]
    public void Shop_manifests()
    {
        var (output, _) = TestCompilation.Generate(TestCompilation.Create(TopologySources.Shop));
        TestCompilation.AssertClean(output);
        using var loaded = new LoadedTopology(output);

        Snapshot.Verify(string.Join("\n---\n", loaded.Manifests("Shop.ShopTopology").Select(manifest => manifest.Yaml)), "yaml");
    }

    private static string GeneratedSource(Microsoft.CodeAnalysis.GeneratorDriverRunResult run, string hintName) =>
        run.Results.Single().GeneratedSources.Single(source => source.HintName == hintName).SourceText.ToString();
}
