using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class ScalingTargetMissingAnalyzerTests
{
    [Fact]
    public async Task Autoscaler_and_budget_aimed_at_undeclared_Deployments()
    {
        await new TopologyAnalyzerTest<ScalingTargetMissingAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web") { Container = new("nginx") };

                public static readonly HorizontalPodAutoscaler WebScaler = new("web") { Deployment = {|#0:"wbe"|}, MaxReplicas = 5 };

                public static readonly PodDisruptionBudget WebBudget = new("web") { Namespace = "billing", Deployment = {|#1:"web"|}, MinAvailable = "1" };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.ScalingTargetMissing).WithLocation(0).WithArguments("HorizontalPodAutoscaler", "shop/web", "wbe", "shop"),
                new DiagnosticResult(DiagnosticDescriptors.ScalingTargetMissing).WithLocation(1).WithArguments("PodDisruptionBudget", "billing/web", "web", "billing"))
            .RunAsync();
    }

    [Fact]
    public async Task Targets_declared_in_the_namespace_are_not_reported()
    {
        await new TopologyAnalyzerTest<ScalingTargetMissingAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly HorizontalPodAutoscaler WebScaler = new("web") { Deployment = "web", MaxReplicas = 5 };

                public static readonly PodDisruptionBudget WebBudget = new("web") { Deployment = "web", MinAvailable = "1" };
            }
            """, """
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class WorkloadTopology
            {
                public static readonly Deployment Web = new("web") { Container = new("nginx") };
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Target_that_may_be_a_Deployment_named_at_run_time_is_not_reported()
    {
        await new TopologyAnalyzerTest<ScalingTargetMissingAnalyzer>("""
            using System;
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Dynamic = new(Environment.GetEnvironmentVariable("APP") ?? "web") { Container = new("nginx") };

                public static readonly HorizontalPodAutoscaler WebScaler = new("web") { Deployment = "web", MaxReplicas = 5 };
            }
            """).RunAsync();
    }
}
