using InfraSdk.Rules;
using System.Collections.Immutable;
using InfraSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace InfraSdk.Generators.Tests.Incremental;

/// <summary>The pipeline re-emits only what an edit changes, and its models hold nothing that defeats caching.</summary>
public class CachingTests
{
    private static readonly string[] TrackedSteps = [TrackingNames.Topologies, TrackingNames.Emissions, TrackingNames.Claims, TrackingNames.AllClaims];

    [Fact]
    public void An_edit_to_an_unrelated_file_leaves_every_step_cached_or_unchanged()
    {
        var compilation = TestCompilation.Create(TopologySources.Shop, TopologySources.Unrelated);
        var driver = TestCompilation.Driver(trackSteps: true).RunGenerators(compilation);

        var run = driver.RunGenerators(Edit(compilation, 1, TopologySources.Unrelated.Replace("Value = 1", "Value = 2", StringComparison.Ordinal))).GetRunResult().Results.Single();

        foreach (var name in TrackedSteps)
        {
            Assert.All(run.TrackedSteps[name].SelectMany(step => step.Outputs), output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} was {output.Reason}"));
        }

        Assert.All(run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"an output was {output.Reason}"));
    }

    [Fact]
    public void Moving_declarations_to_other_lines_leaves_the_generated_class_unchanged()
    {
        var compilation = TestCompilation.Create(TopologySources.Shop);
        var driver = TestCompilation.Driver(trackSteps: true).RunGenerators(compilation);

        var run = driver.RunGenerators(Edit(compilation, 0, "// a comment that moves every line\n" + TopologySources.Shop)).GetRunResult().Results.Single();

        Assert.All(run.TrackedSteps[TrackingNames.Topologies].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Modified, output.Reason));
        Assert.All(run.TrackedSteps[TrackingNames.Emissions].SelectMany(step => step.Outputs), output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"the emission was {output.Reason}"));
    }

    [Fact]
    public void Changing_a_node_port_regenerates_the_class_and_the_claims()
    {
        var compilation = TestCompilation.Create(TopologySources.Shop);
        var driver = TestCompilation.Driver(trackSteps: true).RunGenerators(compilation);

        var result = driver.RunGenerators(Edit(compilation, 0, TopologySources.Shop.Replace("30007", "30008", StringComparison.Ordinal))).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.Emissions].SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Modified, output.Reason));
        Assert.Contains("nodePort: 30008", result.GeneratedSources.Single(s => s.HintName == "Shop.ShopTopology.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        Assert.Contains("30008 TCP 80 shop my-nodeport-service", result.GeneratedSources.Single(s => s.HintName == "InfraSdk.NodePortClaims.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_step_output_holds_symbols_syntax_compilations_locations_or_bare_immutable_arrays()
    {
        var compilation = TestCompilation.Create(TopologySources.Shop, TopologySources.Unrelated);
        var run = TestCompilation.Driver(trackSteps: true).RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var name in TrackedSteps)
        {
            var outputs = run.TrackedSteps[name].SelectMany(step => step.Outputs).Select(output => output.Value).ToList();
            Assert.NotEmpty(outputs);
            foreach (var output in outputs)
            {
                Assert.Empty(CacheHazards.In(output, name));
            }
        }
    }

    [Fact]
    public void The_hazard_walk_finds_what_it_looks_for()
    {
        var compilation = TestCompilation.Create(TopologySources.Unrelated);

        Assert.NotEmpty(CacheHazards.In(new { Tree = compilation.SyntaxTrees.First() }, "tree"));
        Assert.NotEmpty(CacheHazards.In(new { Location = compilation.SyntaxTrees.First().GetRoot().GetLocation() }, "location"));
        Assert.NotEmpty(CacheHazards.In(Tuple.Create(ImmutableArray.Create(1)), "array"));
    }

    private static Compilation Edit(Compilation compilation, int tree, string text)
    {
        var old = compilation.SyntaxTrees.ElementAt(tree);
        return compilation.ReplaceSyntaxTree(old, old.WithChangedText(SourceText.From(text)));
    }
}
