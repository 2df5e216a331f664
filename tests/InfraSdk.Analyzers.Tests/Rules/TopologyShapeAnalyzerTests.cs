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
    public async Task Nested_or_generic_class_gets_no_generated_members_and_is_reported()
    {
        await new TopologyAnalyzerTest<TopologyShapeAnalyzer>("""
            using InfraSdk;

            public static partial class Outer
            {
                [Topology]
                public static partial class {|#0:ShopTopology|}
                {
                    public static readonly Deployment Web = new("web");
                }
            }

            [Topology]
            public static partial class {|#1:BillingTopology|}<T>
            {
                public static readonly Deployment Api = new("api");
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.TopologyShape).WithLocation(0)
                    .WithArguments("[Topology] class ShopTopology must not be nested in another type: the generator adds its Manifests and Resources to top-level classes only"),
                new DiagnosticResult(DiagnosticDescriptors.TopologyShape).WithLocation(1)
                    .WithArguments("[Topology] class BillingTopology must not be generic: its Manifests would need a type argument"))
            .RunAsync();
    }

    [Fact]
    public async Task File_local_class_or_one_taking_a_generated_name_gets_no_generated_members_and_is_reported()
    {
        await new TopologyAnalyzerTest<TopologyShapeAnalyzer>("""
            using InfraSdk;

            [Topology]
            file static partial class {|#0:ShopTopology|}
            {
                public static readonly Deployment Web = new("web");
            }

            [Topology]
            public static partial class {|#1:Manifests|}
            {
                public static readonly Deployment Api = new("api");
            }

            [Topology]
            public static partial class {|#2:BillingTopology|}
            {
                public static readonly Deployment Resources = new("billing");
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.TopologyShape).WithLocation(0)
                    .WithArguments("[Topology] class ShopTopology must not be file-local: the generated Manifests and Resources, in a file of their own, would be another class's"),
                new DiagnosticResult(DiagnosticDescriptors.TopologyShape).WithLocation(1)
                    .WithArguments("[Topology] class Manifests must not be named Manifests: the generator adds a member of that name to it"),
                new DiagnosticResult(DiagnosticDescriptors.TopologyShape).WithLocation(2)
                    .WithArguments("[Topology] class BillingTopology must not declare a member named Resources: the generator adds Resources to it"))
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
