using System.Collections.Immutable;
using InfraSdk.Analyzers.Settings;
using InfraSdk.Kubernetes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Tests.Index;

public sealed class InfraSdkSettingsTests
{
    private static readonly SyntaxTree Tree = CSharpSyntaxTree.ParseText("class C { }", path: "C.cs");

    [Fact]
    public void Defaults()
    {
        var settings = Read(global: [], perTree: []);

        Assert.Equal(NodePortRange.Default, settings.Range);
        Assert.Equal(80, settings.ThresholdPercent);
        Assert.Empty(settings.Problems);
    }

    [Fact]
    public void MsBuild_property_wins_then_globalconfig_then_editorconfig()
    {
        Assert.Equal(new NodePortRange(30000, 40000), Read(
            global: [("build_property.InfraSdkNodePortRange", "30000-40000"), ("infrasdk.node_port_range", "1000-2000")],
            perTree: [("infrasdk.node_port_range", "3000-4000")]).Range);
        Assert.Equal(new NodePortRange(1000, 2000), Read(
            global: [("build_property.InfraSdkNodePortRange", ""), ("infrasdk.node_port_range", "1000-2000")],
            perTree: [("infrasdk.node_port_range", "3000-4000")]).Range);
        Assert.Equal(new NodePortRange(3000, 4000), Read(global: [], perTree: [("infrasdk.node_port_range", "3000-4000")]).Range);
    }

    [Theory]
    [InlineData("30000:32767")]
    [InlineData("32767-30000")]
    [InlineData("0-100")]
    [InlineData("30000-70000")]
    [InlineData("thirty")]
    public void Malformed_range_is_a_problem_and_falls_back_to_the_default(string value)
    {
        var settings = Read(global: [("build_property.InfraSdkNodePortRange", value)], perTree: []);

        Assert.Equal(NodePortRange.Default, settings.Range);
        var problem = Assert.Single(settings.Problems);
        Assert.Equal(new InvalidSetting("InfraSdkNodePortRange", value, problem.Expected, "30000-32767"), problem);
    }

    [Theory]
    [InlineData("90", 90, false)]
    [InlineData("95%", 95, false)]
    [InlineData("0", 80, true)]
    [InlineData("101", 80, true)]
    [InlineData("most", 80, true)]
    public void Squeeze_threshold(string value, int expected, bool isProblem)
    {
        var settings = Read(global: [], perTree: [("infrasdk.port_squeeze_threshold", value)]);

        Assert.Equal(expected, settings.ThresholdPercent);
        Assert.Equal(isProblem, !settings.Problems.IsEmpty);
    }

    private static InfraSdkSettings Read((string Key, string Value)[] global, (string Key, string Value)[] perTree) =>
        InfraSdkSettings.Read(new Options(global, perTree), [Tree]);

    private sealed class Options((string Key, string Value)[] global, (string Key, string Value)[] perTree) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(perTree);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values([]);
    }

    private sealed class Values((string Key, string Value)[] values) : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values = values.ToImmutableDictionary(v => v.Key, v => v.Value);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
