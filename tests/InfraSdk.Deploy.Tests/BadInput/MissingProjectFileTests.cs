using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests.BadInput;

/// <summary>A ConfigMap's file that is not there when the app runs (the build did not compile it in): one sentence, exit 2.</summary>
public sealed class MissingProjectFileTests
{
    [Theory]
    [InlineData("manifests", "-o", "-")]
    [InlineData("plan", "--local")]
    public async Task A_missing_config_map_file_is_one_sentence_naming_the_object_and_the_file_and_exit_2(params string[] args)
    {
        var configMap = new ConfigMap("site") { Files = { ["index.html"] = "no-such-folder/index.html" } };
        var topology = TopologyManifests.Compiled("SiteTopology", "site", "#infrasdk runtime 0\n", () => [Manifest.From(configMap, "SiteTopology", "site")], () => [configMap]);

        var result = await Cli.RunAsync([topology], args);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ConfigMap site/site reads the file \"no-such-folder/index.html\", which is neither in the current directory (", line);
        Assert.Empty(result.Out);
    }
}
