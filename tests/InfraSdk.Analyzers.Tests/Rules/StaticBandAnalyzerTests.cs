using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class StaticBandAnalyzerTests
{
    private const string Source = """
        using InfraSdk;

        [Topology]
        public static partial class ShopTopology
        {
            public static readonly NodePortService Low = new("low") { Ports = { new ServicePort(Port: 80, NodePort: 30085) } };
            public static readonly NodePortService High = new("high") { Ports = { new ServicePort(Port: 80, NodePort: {|#0:30086|}) } };
            public static readonly NodePortService Outside = new("outside") { Ports = { new ServicePort(Port: 80, NodePort: 40000) } };
        }
        """;

    [Fact]
    public async Task Pinned_port_above_the_static_band_of_the_default_range()
    {
        await new TopologyAnalyzerTest<StaticBandAnalyzer>(Source)
            .Expect(new DiagnosticResult(DiagnosticDescriptors.NodePortOutsideStaticBand).WithLocation(0).WithArguments("nodePort", 30086, "30000-30085", "30000-32767"))
            .RunAsync();
    }

    [Fact]
    public async Task Static_band_follows_the_configured_range()
    {
        // 30000-40000 has 10,001 ports: a static band of min(max(16, 312), 128) = 128 ports, 30000-30127.
        await new TopologyAnalyzerTest<StaticBandAnalyzer>(Source)
            .WithMsBuildProperty("InfraSdkNodePortRange", "30000-40000")
            .Expect(new DiagnosticResult(DiagnosticDescriptors.NodePortOutsideStaticBand).WithSpan("/src/Topology.cs", 8, 117, 8, 122).WithArguments("nodePort", 40000, "30000-30127", "30000-40000"))
            .RunAsync();
    }
}
