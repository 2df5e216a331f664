using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using InfraSdk.Kubernetes;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class KubernetesNameAnalyzerTests
{
    [Fact]
    public async Task Service_name_must_be_a_DNS_1035_label()
    {
        await new TopologyAnalyzerTest<KubernetesNameAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Web = new({|#0:"1-web"|});
            }
            """)
            .Expect(new DiagnosticResult(DiagnosticDescriptors.InvalidName).WithLocation(0).WithArguments("Service name", "1-web", string.Join("; ", KubernetesNames.CheckDns1035Label("1-web"))))
            .RunAsync();
    }

    [Fact]
    public async Task Deployment_name_may_be_a_DNS_1123_subdomain_but_not_upper_case()
    {
        await new TopologyAnalyzerTest<KubernetesNameAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly Deployment Ok = new("1.web-app");
                public static readonly Deployment Bad = new({|IS0004:"Web"|});
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Long_service_name_is_reported_with_the_length_limit()
    {
        var name = new string('a', 64);
        await new TopologyAnalyzerTest<KubernetesNameAnalyzer>($$"""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly ClusterIPService Api = new({|#0:"{{name}}"|});
            }
            """)
            .Expect(new DiagnosticResult(DiagnosticDescriptors.InvalidName).WithLocation(0).WithArguments("Service name", name, "must be no more than 63 characters"))
            .RunAsync();
    }

    [Fact]
    public async Task Label_and_selector_keys_and_values_and_namespace()
    {
        await new TopologyAnalyzerTest<KubernetesNameAnalyzer>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Namespace = {|IS0004:"Shop"|},
                    Labels = { [{|IS0004:"-app"|}] = "web", ["tier"] = {|IS0004:"front end"|}, ["app.kubernetes.io/name"] = "web" },
                };

                public static readonly ClusterIPService Api = new("api")
                {
                    Selector = { ["app"] = {|IS0004:"web!"|} },
                    Annotations = { [{|IS0004:"bad key!"|}] = "any value at all, even with spaces" },
                };
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Topology_namespace_is_reported_at_the_class()
    {
        await new TopologyAnalyzerTest<KubernetesNameAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "Shop_Prod")]
            public static partial class {|#0:ShopTopology|}
            {
                public static readonly Deployment Web = new("web");
            }
            """)
            .Expect(new DiagnosticResult(DiagnosticDescriptors.InvalidName).WithLocation(0).WithArguments("Namespace", "Shop_Prod", string.Join("; ", KubernetesNames.CheckDns1123Label("Shop_Prod"))))
            .RunAsync();
    }
}
