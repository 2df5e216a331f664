using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class TopologyShapeAnalyzerTests
{
    [Fact]
    public async Task Class_must_be_static_partial_and_members_static_readonly()
    {
        await new TopologyAnalyzerTest<TopologyShapeAnalyzer>("""
            using InfraSdk;

            [Topology]
            public class {|#0:ShopTopology|}
            {
                public static NodePortService {|#1:Web|} = new("web");
                public static readonly Deployment Api = new("api");
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.TopologyShape).WithLocation(0)
                    .WithArguments("[Topology] class ShopTopology must be static partial: the generator adds its Manifests and Resources to it"),
                new DiagnosticResult(DiagnosticDescriptors.TopologyShape).WithLocation(1)
                    .WithArguments("ShopTopology.Web must be static readonly (a static readonly field or a static get-only property): a topology is declared once and never changes"))
            .RunAsync();
    }

    [Fact]
    public async Task Static_partial_class_with_readonly_fields_and_get_only_properties_is_fine()
    {
        await new TopologyAnalyzerTest<TopologyShapeAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web");
                public static NodePortService WebPublic { get; } = new("web-public");
            }
            """).RunAsync();
    }
}
