using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class IngressBackendMissingAnalyzerTests
{
    [Fact]
    public async Task Backends_naming_an_undeclared_Service_or_port()
    {
        await new TopologyAnalyzerTest<IngressBackendMissingAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly ClusterIPService Web = new("web") { Ports = { new ServicePort(Port: 80, Name: "http") } };

                public static readonly Ingress Public = new("public")
                {
                    Rules =
                    {
                        new IngressRule("shop.example.com")
                        {
                            Paths =
                            {
                                new IngressPath("/api", {|#0:"api"|}, Port: 80),
                                new IngressPath("/", "web", Port: {|#1:8080|}),
                                new IngressPath("/static", "web", PortName: {|#2:"static"|}),
                            },
                        },
                    },
                };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.IngressBackendMissing).WithLocation(0).WithArguments("/api", "shop/public", "Service shop/api port 80", "no Service shop/api is declared"),
                new DiagnosticResult(DiagnosticDescriptors.IngressBackendMissing).WithLocation(1).WithArguments("/", "shop/public", "Service shop/web port 8080", "Service shop/web has no such port (ports: 80 (http))"),
                new DiagnosticResult(DiagnosticDescriptors.IngressBackendMissing).WithLocation(2).WithArguments("/static", "shop/public", "Service shop/web port static", "Service shop/web has no such port (ports: 80 (http))"))
            .RunAsync();
    }

    [Fact]
    public async Task Declared_backends_are_not_reported()
    {
        await new TopologyAnalyzerTest<IngressBackendMissingAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly ClusterIPService Web = new("web") { Ports = { new ServicePort(Port: 80, Name: "http") } };

                public static readonly Ingress Public = new("public")
                {
                    Rules = { new IngressRule { Paths = { new IngressPath("/", "web", Port: 80), new IngressPath("/x", "web", PortName: "http") } } },
                };
            }
            """).RunAsync();
    }
}
