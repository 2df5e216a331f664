using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class InvalidSettingAnalyzerTests
{
    private const string Source = """
        using InfraSdk;

        [Topology]
        public static partial class {|#0:ShopTopology|}
        {
            public static readonly NodePortService Web = new("web") { Ports = { new ServicePort(Port: 80, NodePort: 30007) } };
        }
        """;

    [Fact]
    public async Task Malformed_range_property_is_reported_with_the_value_and_the_fallback()
    {
        await new TopologyAnalyzerTest<InvalidSettingAnalyzer>(Source)
            .WithMsBuildProperty("InfraSdkNodePortRange", "30000:32767")
            .Expect(new DiagnosticResult(DiagnosticDescriptors.InvalidSetting).WithLocation(0).WithArguments(
                "InfraSdkNodePortRange", "30000:32767", "a node-port range is two ports FIRST-LAST between 1 and 65535, such as 30000-32767", "30000-32767"))
            .RunAsync();
    }

    [Fact]
    public async Task Malformed_threshold_key_is_reported()
    {
        await new TopologyAnalyzerTest<InvalidSettingAnalyzer>(Source)
            .WithEditorConfig("infrasdk.port_squeeze_threshold", "lots")
            .Expect(new DiagnosticResult(DiagnosticDescriptors.InvalidSetting).WithLocation(0).WithArguments(
                "infrasdk.port_squeeze_threshold", "lots", "the threshold is a percentage from 1 to 100, such as 80", "80%"))
            .RunAsync();
    }

    [Fact]
    public async Task Valid_settings_are_silent()
    {
        await new TopologyAnalyzerTest<InvalidSettingAnalyzer>(Source.Replace("{|#0:ShopTopology|}", "ShopTopology"))
            .WithMsBuildProperty("InfraSdkNodePortRange", "30000-32767")
            .RunAsync();
    }
}
