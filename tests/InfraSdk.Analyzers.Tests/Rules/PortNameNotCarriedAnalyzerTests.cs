using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class PortNameNotCarriedAnalyzerTests
{
    [Fact]
    public async Task Probe_ports_and_targetPort_name_that_no_container_port_carries()
    {
        await new TopologyAnalyzerTest<PortNameNotCarriedAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Labels = { ["app"] = "web" },
                    Container = new("nginx")
                    {
                        Ports = { new(8080, "http") },
                        LivenessProbe = new HttpGetCheck("/healthz", PortName: {|#0:"health"|}),
                        ReadinessProbe = new TcpSocketCheck(Port: {|#1:9090|}),
                    },
                };

                public static readonly ClusterIPService WebInternal = new("web-internal")
                {
                    Selector = { ["app"] = "web" },
                    Ports = { new ServicePort(Port: 80, TargetPortName: {|#2:"web"|}) },
                };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.PortNameNotCarried).WithLocation(0).WithArguments("LivenessProbe port", "health", "Deployment shop/web", "container web", "8080 (http)"),
                new DiagnosticResult(DiagnosticDescriptors.PortNameNotCarried).WithLocation(1).WithArguments("ReadinessProbe port", "9090", "Deployment shop/web", "container web", "8080 (http)"),
                new DiagnosticResult(DiagnosticDescriptors.PortNameNotCarried).WithLocation(2).WithArguments("targetPort", "web", "Service shop/web-internal", "Deployment shop/web", "8080 (http)"))
            .RunAsync();
    }

    [Fact]
    public async Task Carried_names_and_unknown_matches_are_not_reported()
    {
        await new TopologyAnalyzerTest<PortNameNotCarriedAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Labels = { ["app"] = "web" },
                    Container = new("nginx")
                    {
                        Ports = { new(8080, "http") },
                        LivenessProbe = new HttpGetCheck("/healthz", PortName: "http"),
                        ReadinessProbe = new TcpSocketCheck(Port: 8080),
                    },
                    Sidecars = { new("worker") { Name = "worker", LivenessProbe = new TcpSocketCheck(Port: 7000) } },
                };

                public static readonly ClusterIPService WebInternal = new("web-internal")
                {
                    Selector = { ["app"] = "web" },
                    Ports = { new ServicePort(Port: 80, TargetPortName: "http") },
                };

                // Matches no declared Deployment: IS0007's business, not judged here.
                public static readonly ClusterIPService Other = new("other")
                {
                    Selector = { ["app"] = "other" },
                    Ports = { new ServicePort(Port: 80, TargetPortName: "grpc") },
                };
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Service_is_not_judged_when_a_Deployment_of_its_namespace_is_known_only_at_run_time()
    {
        await new TopologyAnalyzerTest<PortNameNotCarriedAnalyzer>("""
            using System;
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web") { Labels = { ["app"] = "web" }, Container = new("nginx") { Ports = { new(8080, "http") } } };

                public static readonly Deployment Canary = new("canary")
                {
                    Labels = { ["app"] = Environment.GetEnvironmentVariable("CANARY_APP") ?? "web" },
                    Container = new("nginx") { Ports = { new(8080, "grpc") } },
                };

                public static readonly ClusterIPService WebInternal = new("web-internal")
                {
                    Selector = { ["app"] = "web" },
                    Ports = { new ServicePort(Port: 80, TargetPortName: "grpc") },
                };
            }
            """).RunAsync();
    }
}
