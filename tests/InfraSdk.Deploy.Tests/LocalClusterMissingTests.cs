using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

/// <summary>An app host not given the InfraSdk.LocalCluster package: --local and cluster answer with the package to add.</summary>
public sealed class LocalClusterMissingTests
{
    [Theory]
    [InlineData("deploy", "--local")]
    [InlineData("plan", "--local", "--keep")]
    [InlineData("cluster", "start")]
    [InlineData("cluster", "start", "--nodes", "5")]
    [InlineData("cluster")]
    public async Task The_embedded_cluster_commands_name_the_package_in_one_sentence_and_exit_2(params string[] args)
    {
        var result = await RunWithoutLocalClusterAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: " + LocalClusterMissing.Sentence, result.Error.TrimEnd());
        Assert.Contains("InfraSdk.LocalCluster", LocalClusterMissing.Sentence);
    }

    [Fact]
    public async Task The_json_report_carries_the_sentence_as_its_error()
    {
        var result = await RunWithoutLocalClusterAsync("deploy", "--local", "--output", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(LocalClusterMissing.Sentence, JsonReport.Parse(result).Text("error"));
    }

    [Fact]
    public async Task Root_help_still_lists_cluster_and_says_what_it_needs()
    {
        var result = await RunWithoutLocalClusterAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("needs the InfraSdk.LocalCluster package", result.Out);
    }

    private static async Task<CliResult> RunWithoutLocalClusterAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new AppConsole(stdout, stderr, new StringReader(""), _ => null, false, false, false);
        var exitCode = await CommandLineApp.RunAsync(args, console, [ShopLike.Create()], localClusters: null, Cli.FastRetries, handleSignals: false, CancellationToken.None);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
