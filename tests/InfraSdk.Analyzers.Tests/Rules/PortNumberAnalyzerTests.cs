using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class PortNumberAnalyzerTests
{
    [Fact]
    public async Task Port_targetPort_and_container_port_outside_1_to_65535()
    {
        await new TopologyAnalyzerTest<PortNumberAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Container = new("nginx") { Ports = { new(8080), new({|#0:70000|}) } },
                };

                public static readonly ClusterIPService Api = new("api")
                {
                    Ports = { new ServicePort(Port: {|#1:0|}, TargetPort: {|#2:65536|}) },
                };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.PortNumberOutOfRange).WithLocation(0).WithArguments("containerPort", 70000),
                new DiagnosticResult(DiagnosticDescriptors.PortNumberOutOfRange).WithLocation(1).WithArguments("port", 0),
                new DiagnosticResult(DiagnosticDescriptors.PortNumberOutOfRange).WithLocation(2).WithArguments("targetPort", 65536))
            .RunAsync();
    }

    [Fact]
    public async Task Bounds_1_and_65535_are_valid()
    {
        await new TopologyAnalyzerTest<PortNumberAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web") { Container = new("nginx") { Ports = { new(1), new(65535) } } };
                public static readonly ClusterIPService Api = new("api") { Ports = { new ServicePort(1, 65535) } };
            }
            """).RunAsync();
    }
}
