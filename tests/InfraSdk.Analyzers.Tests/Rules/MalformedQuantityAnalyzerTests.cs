using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class MalformedQuantityAnalyzerTests
{
    [Fact]
    public async Task Requests_limits_and_emptyDir_size_that_are_not_quantities()
    {
        await new TopologyAnalyzerTest<MalformedQuantityAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Container = new("nginx") { Requests = new Compute(Cpu: "250m", Memory: {|#0:"500mb"|}) },
                    Sidecars = { new("envoy") { Name = "proxy", Limits = new Compute(Cpu: {|#1:"1.5 cores"|}) } },
                    Volumes = { new EmptyDirVolume("cache", SizeLimit: {|#2:"1GB"|}) },
                };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.MalformedQuantity).WithLocation(0).WithArguments("Requests.Memory", "500mb", "container web of Deployment shop/web"),
                new DiagnosticResult(DiagnosticDescriptors.MalformedQuantity).WithLocation(1).WithArguments("Limits.Cpu", "1.5 cores", "container proxy of Deployment shop/web"),
                new DiagnosticResult(DiagnosticDescriptors.MalformedQuantity).WithLocation(2).WithArguments("SizeLimit", "1GB", "volume cache of Deployment shop/web"))
            .RunAsync();
    }

    [Fact]
    public async Task Well_formed_quantities_are_not_reported()
    {
        await new TopologyAnalyzerTest<MalformedQuantityAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Container = new("nginx") { Requests = new Compute(Cpu: "250m", Memory: "256Mi"), Limits = new Compute(Cpu: "1", Memory: "1e9") },
                    InitContainers = { new("busybox") { Requests = new Compute(Cpu: ".5", Memory: "64M") } },
                    Volumes = { new EmptyDirVolume("cache", SizeLimit: "1Gi") },
                };
            }
            """).RunAsync();
    }
}
