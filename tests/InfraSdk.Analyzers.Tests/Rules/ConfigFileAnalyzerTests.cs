using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.Rules;

public sealed class ConfigFileAnalyzerTests
{
    private const string Source = """
        using InfraSdk;

        [Topology(Namespace = "shop")]
        public static partial class ShopTopology
        {
            public static readonly ConfigMap Config = new("shop-config")
            {
                Data = { ["LOG_LEVEL"] = "info" },
                Files = { ["appsettings.json"] = "config/appsettings.json", ["nginx.conf"] = {|#0:"config/nginx.conf"|} },
            };
        }
        """;

    [Fact]
    public async Task A_file_that_is_not_an_additional_file_is_reported()
    {
        var test = new TopologyAnalyzerTest<ConfigFileAnalyzer>(Source)
            .Expect(new DiagnosticResult(DiagnosticDescriptors.ConfigFileNotInBuild).WithLocation(0).WithArguments("config/nginx.conf", "shop/shop-config"));
        test.TestState.AdditionalFiles.Add(("/project/config/appsettings.json", "{}"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Files_listed_as_additional_files_are_not_reported()
    {
        var test = new TopologyAnalyzerTest<ConfigFileAnalyzer>(Source.Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        test.TestState.AdditionalFiles.Add(("/project/config/appsettings.json", "{}"));
        test.TestState.AdditionalFiles.Add(("/project/config/nginx.conf", "events {}"));
        await test.RunAsync();
    }
}
