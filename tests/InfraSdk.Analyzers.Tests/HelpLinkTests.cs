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
