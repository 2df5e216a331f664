using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class NodePortRangeAnalyzerTests
{
    private const string Source = """
        using InfraSdk;

        [Topology(Namespace = "shop")]
        public static partial class ShopTopology
        {
            public static readonly NodePortService Web = new("web")
            {
                Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: {|#0:40000|}) },
            };

            public static readonly NodePortService Admin = new("admin")
            {
                Ports = { new ServicePort(Port: 443, NodePort: 30001) },
            };
        }
        """;

    [Fact]
    public async Task NodePort_above_the_default_range_names_the_value_and_the_range()
    {
        await new TopologyAnalyzerTest<NodePortRangeAnalyzer>(Source)
            .Expect(new DiagnosticResult(DiagnosticDescriptors.NodePortOutOfRange).WithLocation(0).WithArguments("nodePort", 40000, "30000-32767"))
            .RunAsync();
    }

    [Fact]
    public async Task MsBuild_property_widens_the_range()
    {
        await new TopologyAnalyzerTest<NodePortRangeAnalyzer>(Source)
            .WithMsBuildProperty("InfraSdkNodePortRange", "30000-40000")
            .RunAsync();
    }

    [Fact]
    public async Task Editorconfig_key_sets_the_range()
    {
        await new TopologyAnalyzerTest<NodePortRangeAnalyzer>(Source)
            .WithEditorConfig("infrasdk.node_port_range", "20000-29999")
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.NodePortOutOfRange).WithLocation(0).WithArguments("nodePort", 40000, "20000-29999"),
                new DiagnosticResult(DiagnosticDescriptors.NodePortOutOfRange).WithSpan("/src/Topology.cs", 13, 56, 13, 61).WithArguments("nodePort", 30001, "20000-29999"))
            .RunAsync();
    }

    [Fact]
    public async Task MsBuild_property_wins_over_editorconfig()
    {
        await new TopologyAnalyzerTest<NodePortRangeAnalyzer>(Source)
            .WithEditorConfig("infrasdk.node_port_range", "20000-29999")
            .WithMsBuildProperty("InfraSdkNodePortRange", "30000-40000")
            .RunAsync();
    }

    [Fact]
    public async Task HealthCheckNodePort_below_the_range()
    {
        await new TopologyAnalyzerTest<NodePortRangeAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class EdgeTopology
            {
                public static readonly LoadBalancerService Edge = new("edge")
                {
                    ExternalTrafficPolicy = InfraSdk.ExternalTrafficPolicy.Local,
                    HealthCheckNodePort = {|#0:8080|},
                    Ports = { new ServicePort(Port: 443, NodePort: 30443) },
                };
            }
            """)
            .Expect(new DiagnosticResult(DiagnosticDescriptors.NodePortOutOfRange).WithLocation(0).WithArguments("healthCheckNodePort", 8080, "30000-32767"))
            .RunAsync();
    }

    [Fact]
    public async Task Constant_arithmetic_is_evaluated()
    {
        await new TopologyAnalyzerTest<NodePortRangeAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                private const int Base = 32000;

                public static readonly NodePortService Web = new("web")
                {
                    Ports = { new ServicePort(80, 8080, {|IS0001:Base + 1000|}) },
                };
            }
            """).RunAsync();
    }

    [Fact]
    public async Task ClusterIP_and_unpinned_ports_are_not_range_checked()
    {
        await new TopologyAnalyzerTest<NodePortRangeAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Web = new("web")
                {
                    Ports = { new ServicePort(Port: 80) },
                };
            }
            """).RunAsync();
    }
}
