using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class ServicePortNameAnalyzerTests
{
    [Fact]
    public async Task Every_port_of_a_multi_port_Service_needs_a_name()
    {
        await new TopologyAnalyzerTest<ServicePortNameAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Web = new("web")
                {
                    Ports =
                    {
                        {|#0:new ServicePort(Port: 80, NodePort: 30080)|},
                        new ServicePort(Port: 443, NodePort: 30443, Name: "https"),
                    },
                };
            }
            """)
            .Expect(new DiagnosticResult(DiagnosticDescriptors.InvalidPortName).WithLocation(0).WithArguments("Service shop/web has 2 ports, so port 80/TCP needs a name"))
            .RunAsync();
    }

    [Fact]
    public async Task Duplicate_and_invalid_names()
    {
        await new TopologyAnalyzerTest<ServicePortNameAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly ClusterIPService Api = new("api")
                {
                    Ports =
                    [
                        new ServicePort(80, Name: "http"),
                        new ServicePort(81, Name: {|#0:"http"|}),
                        new ServicePort(82, Name: {|#1:"HTTP_ALT"|}),
                    ],
                };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.InvalidPortName).WithLocation(0).WithArguments("Port name \"http\" is used twice in Service default/api: port names must be unique"),
                new DiagnosticResult(DiagnosticDescriptors.InvalidPortName).WithLocation(1).WithArguments("Port name \"HTTP_ALT\" of Service default/api is invalid: " + string.Join("; ", InfraSdk.Kubernetes.KubernetesNames.CheckDns1123Label("HTTP_ALT"))))
            .RunAsync();
    }

    [Fact]
    public async Task A_single_port_needs_no_name()
    {
        await new TopologyAnalyzerTest<ServicePortNameAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Web = new("web") { Ports = { new ServicePort(Port: 80, NodePort: 30080) } };
            }
            """).RunAsync();
    }
}
