using System.Reflection;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Analyzers.Tests;

public sealed class HelpLinkTests
{
    private static readonly string DocsDirectory = typeof(HelpLinkTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RulesDocsDirectory").Value!;

    public static TheoryData<string> Ids() => new(Descriptors().Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_the_rule_page_in_docs(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);

        Assert.Equal($"https://github.com/infrasdk/infrasdk/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        var page = Path.Combine(DocsDirectory, id + ".md");
        Assert.True(File.Exists(page), $"{descriptor.HelpLinkUri} has no page at {page}");
        Assert.StartsWith($"# {id}: ", File.ReadAllText(page));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_page_states_the_descriptor_title_and_severity_and_has_every_section(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        var lines = File.ReadAllLines(Path.Combine(DocsDirectory, id + ".md"));

        Assert.Equal($"# {id}: {descriptor.Title}", lines[0]);
        Assert.Contains($"Default severity: **{descriptor.DefaultSeverity}**.", lines);
        Assert.Equal(["## What", "## Why", "## Failing", "## Fixed", "## Configure"], lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal) && l != "## Code fix"));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rules_index_lists_the_rule_with_its_severity(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);

        Assert.Contains($"| [{id}]({id}.md) | {descriptor.DefaultSeverity} |", File.ReadAllText(Path.Combine(DocsDirectory, "README.md")));
    }

    [Fact]
    public void Every_rule_of_every_analyzer_has_a_descriptor_in_the_catalogue()
    {
        var supported = typeof(TopologyAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(TopologyAnalyzer).IsAssignableFrom(t))
            .SelectMany(t => ((TopologyAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Select(d => d.Id)
            .Order();

        Assert.Equal(Descriptors().Select(d => d.Id).Order(), supported);
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);
}
