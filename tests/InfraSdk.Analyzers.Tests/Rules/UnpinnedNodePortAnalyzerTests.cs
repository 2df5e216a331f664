using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class UnpinnedNodePortAnalyzerTests
{
    [Fact]
    public async Task NodePort_and_LoadBalancer_ports_without_a_nodePort()
    {
        await new TopologyAnalyzerTest<UnpinnedNodePortAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Web = new("web")
                {
                    Ports = { {|#0:new ServicePort(Port: 80, TargetPort: 8080)|} },
                };

                public static readonly LoadBalancerService Edge = new("edge")
                {
                    Ports = { {|#1:new(443, Protocol: Protocol.Udp)|} },
                };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.NodePortNotPinned).WithLocation(0).WithArguments("80/TCP", "shop/web", "30000-32767"),
                new DiagnosticResult(DiagnosticDescriptors.NodePortNotPinned).WithLocation(1).WithArguments("443/UDP", "shop/edge", "30000-32767"))
            .RunAsync();
    }

    [Fact]
    public async Task Pinned_ClusterIP_and_no_automatic_LoadBalancer_nodePorts_are_fine()
    {
        await new TopologyAnalyzerTest<UnpinnedNodePortAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Web = new("web") { Ports = { new ServicePort(Port: 80, NodePort: 30007) } };
                public static readonly ClusterIPService Api = new("api") { Ports = { new ServicePort(Port: 80) } };
                public static readonly LoadBalancerService Edge = new("edge")
                {
                    AllocateLoadBalancerNodePorts = false,
                    Ports = { new ServicePort(Port: 443) },
                };
            }
            """).RunAsync();
    }
}
