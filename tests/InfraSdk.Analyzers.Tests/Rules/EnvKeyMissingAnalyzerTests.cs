using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class EnvKeyMissingAnalyzerTests
{
    [Fact]
    public async Task Keys_missing_from_the_declared_ConfigMap_and_Secret()
    {
        await new TopologyAnalyzerTest<EnvKeyMissingAnalyzer>("""
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly ConfigMap Settings = new("settings") { Data = { ["log-level"] = "info" }, Files = { ["app.json"] = "config/app.json" } };

                public static readonly Secret Db = new("db") { Values = { ["password"] = new FromEnvironment("DB_PASSWORD") } };

                public static readonly Deployment Web = new("web")
                {
                    Container = new("nginx")
                    {
                        EnvFrom =
                        {
                            ["LOG_LEVEL"] = new ConfigMapKey("settings", {|#0:"loglevel"|}),
                            ["DB_USER"] = new SecretKey("db", {|#1:"user"|}),
                        },
                    },
                };
            }
            """)
            .Expect(
                new DiagnosticResult(DiagnosticDescriptors.EnvKeyMissing).WithLocation(0).WithArguments("LOG_LEVEL", "web", "shop/web", "loglevel", "ConfigMap", "shop/settings", "log-level, app.json"),
                new DiagnosticResult(DiagnosticDescriptors.EnvKeyMissing).WithLocation(1).WithArguments("DB_USER", "web", "shop/web", "user", "Secret", "shop/db", "password"))
            .RunAsync();
    }

    [Fact]
    public async Task Present_keys_and_undeclared_or_unknown_targets_are_not_reported()
    {
        await new TopologyAnalyzerTest<EnvKeyMissingAnalyzer>("""
            using System;
            using InfraSdk;

            [Topology(Namespace = "shop")]
            public static partial class ShopTopology
            {
                public static readonly ConfigMap Settings = new("settings") { Files = { ["app.json"] = "config/app.json" } };

                public static readonly ConfigMap Dynamic = new("dynamic") { Data = { ["level"] = Environment.GetEnvironmentVariable("LEVEL") ?? "info" } };

                public static readonly Deployment Web = new("web")
                {
                    Container = new("nginx")
                    {
                        EnvFrom =
                        {
                            ["APP_JSON"] = new ConfigMapKey("settings", "app.json"),
                            ["EXTERNAL"] = new SecretKey("managed-elsewhere", "token"),
                            ["DYNAMIC"] = new ConfigMapKey("dynamic", "anything"),
                            ["POD"] = new PodFieldRef(PodField.Name),
                        },
                    },
                };
            }
            """).RunAsync();
    }
}
