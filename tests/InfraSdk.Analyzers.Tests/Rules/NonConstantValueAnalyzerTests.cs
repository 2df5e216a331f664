using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class NonConstantValueAnalyzerTests
{
    [Fact]
    public async Task Value_read_at_run_time_is_reported_with_its_text()
    {
        await new TopologyAnalyzerTest<NonConstantValueAnalyzer>("""
            using System;
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Web = new("web")
                {
                    Ports = { new ServicePort(Port: 80, NodePort: {|#0:int.Parse(Environment.GetEnvironmentVariable("WEB_PORT")!)|}) },
                };
            }
            """)
            .Expect(new DiagnosticResult(DiagnosticDescriptors.NotCompileTimeConstant).WithLocation(0).WithArguments("int.Parse(Environment.GetEnvironmentVariable(\"WEB_PORT\")!)", "ShopTopology.Web"))
            .RunAsync();
    }

    [Fact]
    public async Task Constants_enum_members_interpolation_and_nameof_are_compile_time_values()
    {
        await new TopologyAnalyzerTest<NonConstantValueAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                private const string App = "web";
                private const int Base = 30000;

                public static readonly NodePortService Web = new($"{App}-public")
                {
                    Selector = { ["app"] = App, ["member"] = nameof(Web) },
                    Ports = { new ServicePort(Port: 80, NodePort: Base + 7, Protocol: Protocol.Tcp) },
                };
            }
            """).RunAsync();
    }
}
