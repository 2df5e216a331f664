using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class SecretLiteralAnalyzerTests
{
    [Fact]
    public async Task Secret_looking_variables_with_literal_values()
    {
        await new TopologyAnalyzerTest<SecretLiteralAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Container = new("nginx") { Env = { ["DB_PASSWORD"] = {|#0:"hunter2"|}, ["LOG_LEVEL"] = "info" } },
                    Sidecars = { new("agent") { Name = "agent", Env = { ["Stripe_Api_Key"] = {|#1:"sk_live_123"|} } } },
                };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.SecretLiteral).WithLocation(0).WithArguments("DB_PASSWORD", "web", "shop/web"),
                new DiagnosticResult(DiagnosticDescriptors.SecretLiteral).WithLocation(1).WithArguments("Stripe_Api_Key", "agent", "shop/web"))
            .RunAsync();
    }

    [Fact]
    public async Task Secrets_read_from_a_Secret_and_empty_values_are_not_reported()
    {
        await new TopologyAnalyzerTest<SecretLiteralAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly Deployment Web = new("web")
                {
                    Container = new("nginx")
                    {
                        Env = { ["TOKEN_TTL_FILE"] = "", ["LOG_LEVEL"] = "info" },
                        EnvFrom = { ["DB_PASSWORD"] = new SecretKey("db", "password") },
                    },
                };
            }
            """).RunAsync();
    }
}
