using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class RequestAboveLimitAnalyzerTests
{
    [Fact]
    public async Task Request_above_its_limit_in_another_unit()
    {
        await new TopologyAnalyzerTest<RequestAboveLimitAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Container = new("nginx")
                    {
                        Requests = new Compute(Cpu: {|#0:"1500m"|}, Memory: {|#1:"1Gi"|}),
                        Limits = new Compute(Cpu: "1", Memory: "1G"),
                    },
                };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.RequestAboveLimit).WithLocation(0).WithArguments("cpu", "1500m", "web", "shop/web", "1"),
                new DiagnosticResult(DiagnosticDescriptors.RequestAboveLimit).WithLocation(1).WithArguments("memory", "1Gi", "web", "shop/web", "1G"))
            .RunAsync();
    }

    [Fact]
    public async Task Requests_within_limits_or_without_a_limit_are_not_reported()
    {
        await new TopologyAnalyzerTest<RequestAboveLimitAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Container = new("nginx") { Requests = new Compute(Cpu: "1000m", Memory: "1G"), Limits = new Compute(Cpu: "1", Memory: "1Gi") },
                    Sidecars = { new("envoy") { Name = "proxy", Requests = new Compute(Cpu: "2"), Limits = new Compute(Memory: "64Mi") } },
                };
            }
            """).RunAsync();
    }
}
