using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class ClusterIPNodePortAnalyzerTests
{
    [Fact]
    public async Task NodePort_on_a_ClusterIP_Service()
    {
        await new TopologyAnalyzerTest<ClusterIPNodePortAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly ClusterIPService Api = new("api")
                {
                    Ports = { new ServicePort(Port: 80, NodePort: {|#0:30080|}) },
                };
            }
            """)
            .Expect(new DiagnosticResult(DiagnosticDescriptors.NodePortOnClusterIP).WithLocation(0).WithArguments("shop/api", 30080))
            .RunAsync();
    }

    [Fact]
    public async Task NodePort_on_NodePort_and_LoadBalancer_Services_is_fine()
    {
        await new TopologyAnalyzerTest<ClusterIPNodePortAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Web = new("web") { Ports = { new ServicePort(Port: 80, NodePort: 30080) } };
                public static readonly LoadBalancerService Edge = new("edge") { Ports = { new ServicePort(Port: 443, NodePort: 30443) } };
                public static readonly ClusterIPService Api = new("api") { Ports = { new ServicePort(Port: 80) } };
            }
            """).RunAsync();
    }
}
