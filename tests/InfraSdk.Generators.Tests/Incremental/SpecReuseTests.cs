using InfraSdk.Extraction.Parsing;
using InfraSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace InfraSdk.Generators.Tests.Incremental;

/// <summary>
/// A topology parsed in one compilation is reused in the next only when nothing it reads can have changed
/// (<see cref="TopologySpecCache"/>): an edit elsewhere that it depends on is always seen.
/// </summary>
public class SpecReuseTests
{
    private const string Topology = """
        using InfraSdk;
        namespace Shop;
        [Topology(Namespace = "shop")]
        public static partial class ShopTopology
        {
            public static readonly Deployment Web = new("web") { Replicas = Defaults.Replicas, Container = new("nginx:1.27") };
            public static readonly Deployment Api = new("api") { Replicas = 2, Container = new("api:1") };
        }
        """;

    private const string Defaults = "namespace Shop; public static class Defaults { public const int Replicas = 3; }";

    [Fact]
    public void A_constant_read_from_another_file_is_read_again_when_that_file_changes()
    {
        var compilation = TestCompilation.Create(Topology, Defaults);
        var driver = TestCompilation.Driver().RunGenerators(compilation);
        Assert.Contains("replicas: 3", Generated(driver), StringComparison.Ordinal);

        var edited = Edit(compilation, 1, Defaults.Replace("= 3", "= 5", StringComparison.Ordinal));
        driver = driver.RunGenerators(edited);

        Assert.Contains("replicas: 5", Generated(driver), StringComparison.Ordinal);
    }

    [Fact]
    public void A_self_contained_topology_is_reused_after_an_unrelated_edit_and_read_again_after_its_own()
    {
        var source = Topology.Replace("Defaults.Replicas", "3", StringComparison.Ordinal);
        const string Unrelated = "namespace Other; public static class Unrelated { public const int Value = 1; }";
        var compilation = TestCompilation.Create(source, Unrelated);
        var type = compilation.GetTypeByMetadataName("Shop.ShopTopology")!;
        var first = TopologySpecCache.Parse(type, compilation, CancellationToken.None);

        var unrelated = Edit(compilation, 1, Unrelated.Replace("= 1", "= 2", StringComparison.Ordinal));
        Assert.Same(first, TopologySpecCache.Parse(unrelated.GetTypeByMetadataName("Shop.ShopTopology")!, unrelated, CancellationToken.None));

        var own = Edit(unrelated, 0, source.Replace("Replicas = 2", "Replicas = 4", StringComparison.Ordinal));
        var reread = TopologySpecCache.Parse(own.GetTypeByMetadataName("Shop.ShopTopology")!, own, CancellationToken.None);
        Assert.NotSame(first, reread);
        Assert.Equal(TopologyParser.Parse(own.GetTypeByMetadataName("Shop.ShopTopology")!, own, CancellationToken.None), reread);
    }

    [Fact]
    public void A_new_declaration_of_a_name_the_topology_binds_makes_it_read_again()
    {
        var source = Topology.Replace("Defaults.Replicas", "3", StringComparison.Ordinal);
        var compilation = TestCompilation.Create(source, Defaults);
        var first = TopologySpecCache.Parse(compilation.GetTypeByMetadataName("Shop.ShopTopology")!, compilation, CancellationToken.None);

        // Shop.Container now shadows InfraSdk.Container for the target-typed new() of the topology... or would, were it
        // used by name: either way the topology's names are touched and it is parsed afresh.
        var shadowing = Edit(compilation, 1, Defaults + " namespace Shop { public sealed class Container { } }");
        var reread = TopologySpecCache.Parse(shadowing.GetTypeByMetadataName("Shop.ShopTopology")!, shadowing, CancellationToken.None);

        Assert.NotSame(first, reread);
    }

    private static string Generated(GeneratorDriver driver) =>
        string.Concat(driver.GetRunResult().Results.Single().GeneratedSources.Select(source => source.SourceText.ToString()));

    private static Compilation Edit(Compilation compilation, int index, string text)
    {
        var tree = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text)));
    }
}
