using InfraSdk.Rules;
using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class NodePortConflictAnalyzerTests
{
    [Fact]
    public async Task Both_claimants_are_reported_and_each_names_the_other()
    {
        await new TopologyAnalyzerTest<NodePortConflictAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly NodePortService WebPublic = new("my-nodeport-service")
                {
                    Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: {|#0:30007|}) },
                };
            }
            """, """
            using InfraSdk;

            [Topology(Namespace = "billing")]
            public static partial class BillingTopology
            {
                public static readonly NodePortService Invoices = new("invoices")
                {
                    Ports = { new ServicePort(Port: 443, NodePort: {|#1:30007|}, Protocol: Protocol.Udp) },
                };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.NodePortAlreadyClaimed).WithLocation(0).WithArguments("nodePort", 30007, "billing/invoices", "Topology2.cs:8"),
                new DiagnosticResult(DiagnosticDescriptors.NodePortAlreadyClaimed).WithLocation(1).WithArguments("nodePort", 30007, "shop/my-nodeport-service", "Topology.cs:8"))
            .RunAsync();
    }

    [Fact]
    public async Task Same_Service_same_port_different_protocols_share_a_nodePort()
    {
        await new TopologyAnalyzerTest<NodePortConflictAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class DnsTopology
            {
                public static readonly NodePortService Dns = new("dns")
                {
                    Ports =
                    [
                        new ServicePort(Port: 53, NodePort: 30053, Protocol: Protocol.Udp, Name: "dns-udp"),
                        new ServicePort(Port: 53, NodePort: 30053, Protocol: Protocol.Tcp, Name: "dns-tcp"),
                    ],
                };
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Same_Service_different_ports_cannot_share_a_nodePort()
    {
        await new TopologyAnalyzerTest<NodePortConflictAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class WebTopology
            {
                public static readonly NodePortService Web = new("web")
                {
                    Ports =
                    [
                        new ServicePort(Port: 80, NodePort: {|IS0002:30080|}, Name: "http"),
                        new ServicePort(Port: 81, NodePort: {|IS0002:30080|}, Protocol: Protocol.Udp, Name: "alt"),
                    ],
                };
            }
            """).RunAsync();
    }

    [Fact]
    public async Task HealthCheckNodePort_claims_from_the_same_pool()
    {
        await new TopologyAnalyzerTest<NodePortConflictAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class EdgeTopology
            {
                public static readonly LoadBalancerService Edge = new("edge")
                {
                    ExternalTrafficPolicy = InfraSdk.ExternalTrafficPolicy.Local,
                    HealthCheckNodePort = {|#0:30010|},
                    Ports = { new ServicePort(Port: 443, NodePort: {|#1:30010|}) },
                };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.NodePortAlreadyClaimed).WithLocation(0).WithArguments("healthCheckNodePort", 30010, "default/edge", "Topology.cs:10"),
                new DiagnosticResult(DiagnosticDescriptors.NodePortAlreadyClaimed).WithLocation(1).WithArguments("nodePort", 30010, "default/edge", "Topology.cs:9"))
            .RunAsync();
    }

    [Fact]
    public async Task Claim_recorded_in_a_referenced_assembly_is_seen()
    {
        var test = new TopologyAnalyzerTest<NodePortConflictAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Web = new("web")
                {
                    Ports = { new ServicePort(Port: 80, NodePort: {|#0:30007|}), },
                };
            }
            """)
            .Expect(new DiagnosticResult(DiagnosticDescriptors.NodePortAlreadyClaimed).WithLocation(0).WithArguments("nodePort", 30007, "payments/gateway", "PaymentsTopology.cs:12 in Payments"));
        test.TestState.AdditionalProjects["Payments"].Sources.Add(("Claims.cs", """
            [assembly: InfraSdk.NodePortClaims("30007 TCP 443 payments gateway PaymentsTopology.cs:12\n30100 TCP 80 payments gateway PaymentsTopology.cs:13\n")]
            """));
        test.TestState.AdditionalProjects["Payments"].AdditionalReferences.AddRange(TestReferences.All);
        test.TestState.AdditionalProjectReferences.Add("Payments");
        await test.RunAsync();
    }

    [Fact]
    public async Task Distinct_nodePorts_do_not_conflict()
    {
        await new TopologyAnalyzerTest<NodePortConflictAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService A = new("a") { Ports = { new ServicePort(Port: 80, NodePort: 30001) } };
                public static readonly NodePortService B = new("b") { Ports = { new ServicePort(Port: 80, NodePort: 30002) } };
                public static readonly ClusterIPService C = new("c") { Ports = { new ServicePort(Port: 80) } };
            }
            """).RunAsync();
    }
}
