using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class SelectorAnalyzerTests
{
    [Fact]
    public async Task Selector_that_matches_no_Deployment_of_its_namespace()
    {
        await new TopologyAnalyzerTest<SelectorAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web") { Labels = { ["app"] = "web" }, Container = new("nginx") { Ports = { new(8080) } } };

                public static readonly NodePortService Typo = new("typo")
                {
                    Selector = { [{|#0:"app"|}] = "wbe" },
                    Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30007) },
                };

                public static readonly NodePortService OtherNamespace = new("other")
                {
                    Namespace = "billing",
                    Selector = { [{|#1:"app"|}] = "web" },
                    Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30008) },
                };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.SelectorMatchesNothing).WithLocation(0).WithArguments("app=wbe", "shop/typo", "shop"),
                new DiagnosticResult(DiagnosticDescriptors.SelectorMatchesNothing).WithLocation(1).WithArguments("app=web", "billing/other", "billing"))
            .RunAsync();
    }

    [Fact]
    public async Task TargetPort_that_the_matched_Deployment_does_not_expose()
    {
        await new TopologyAnalyzerTest<SelectorAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web") { Labels = { ["app"] = "web" }, Container = new("nginx") { Ports = { new(8080), new(9090) } } };

                public static readonly NodePortService WebPublic = new("web-public")
                {
                    Selector = { ["app"] = "web" },
                    Ports =
                    [
                        new ServicePort(Port: 80, TargetPort: {|#0:8000|}, NodePort: 30007, Name: "http"),
                        new ServicePort(Port: 9090, NodePort: 30008, Name: "metrics"),
                    ],
                };
            }
            """)
            .Expect(new DiagnosticResult(DiagnosticDescriptors.TargetPortNotExposed).WithLocation(0).WithArguments(8000, "shop/web-public", "shop/web", "8080, 9090"))
            .RunAsync();
    }

    [Fact]
    public async Task Selector_across_topologies_and_the_deployment_label()
    {
        await new TopologyAnalyzerTest<SelectorAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly NodePortService WebPublic = new("web-public")
                {
                    Selector = { ["infrasdk.io/deployment"] = "web" },
                    Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30007) },
                };
            }
            """, """
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class WorkloadTopology
            {
                // No labels: the Pods carry infrasdk.io/deployment: web.
                public static readonly Deployment Web = new("web") { Container = new("nginx") { Ports = { new(8080) } } };
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Service_without_selector_and_Deployment_without_ports_are_not_judged()
    {
        await new TopologyAnalyzerTest<SelectorAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web") { Labels = { ["app"] = "web" } };
                public static readonly NodePortService Manual = new("manual") { Ports = { new ServicePort(Port: 80, NodePort: 30007) } };
                public static readonly NodePortService WebPublic = new("web-public")
                {
                    Selector = { ["app"] = "web" },
                    Ports = { new ServicePort(Port: 80, TargetPort: 1234, NodePort: 30008) },
                };
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Deployment_with_labels_known_only_at_run_time_may_match_any_selector()
    {
        await new TopologyAnalyzerTest<SelectorAnalyzer>("""
            using System;
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web") { Labels = { ["app"] = Environment.MachineName } };

                public static readonly NodePortService WebPublic = new("web-public")
                {
                    Selector = { ["app"] = "web" },
                    Ports = { new ServicePort(Port: 80, NodePort: 30007) },
                };
            }
            """).RunAsync();
    }
}
