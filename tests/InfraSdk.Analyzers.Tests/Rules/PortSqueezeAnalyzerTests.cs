using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class PortSqueezeAnalyzerTests
{
    [Fact]
    public async Task Usage_above_80_percent_is_said_in_words_at_each_topology_that_pins()
    {
        await new TopologyAnalyzerTest<PortSqueezeAnalyzer>(Topology("ShopTopology", first: 30000, count: 2000), Topology("BillingTopology", first: 32000, count: 300), """
            using InfraSdk;

            [Topology]
            public static partial class ClusterOnlyTopology
            {
                public static readonly ClusterIPService Api = new("api") { Ports = { new ServicePort(Port: 80) } };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.PortSqueeze).WithLocation(0).WithArguments("2,300", "2,768", 83, "30000-32767", 80),
                new DiagnosticResult(DiagnosticDescriptors.PortSqueeze).WithLocation("/src/Topology2.cs", 4, 29).WithArguments("2,300", "2,768", 83, "30000-32767", 80))
            .RunAsync();
    }

    [Fact]
    public async Task Threshold_is_configurable()
    {
        await new TopologyAnalyzerTest<PortSqueezeAnalyzer>(Topology("ShopTopology", first: 30000, count: 2000), Topology("BillingTopology", first: 32000, count: 300))
            .WithMsBuildProperty("InfraSdkPortSqueezeThreshold", "90")
            .RunAsync();
    }

    [Fact]
    public async Task Usage_at_the_threshold_is_fine()
    {
        // 8 of 10 ports: exactly 80%.
        await new TopologyAnalyzerTest<PortSqueezeAnalyzer>(Topology("ShopTopology", first: 30000, count: 8).Replace("{|#0:ShopTopology|}", "ShopTopology"))
            .WithEditorConfig("infrasdk.node_port_range", "30000-30009")
            .RunAsync();
    }

    private static string Topology(string name, int first, int count)
    {
        var ports = string.Join(",\n            ", Enumerable.Range(first, count).Select(p => $"new ServicePort(Port: {p - 29000}, NodePort: {p})"));
        var marked = name == "ShopTopology" ? "{|#0:ShopTopology|}" : name;
        return $$"""
            using InfraSdk;

            [Topology]
            public static partial class {{marked}}
            {
                public static readonly NodePortService Many = new("{{name.ToLowerInvariant()}}")
                {
                    Ports =
                    [
                        {{ports}}
                    ],
                };
            }
            """;
    }
}
