using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

public sealed class ClusterChoiceTests
{
    [Theory]
    [InlineData("plan")]
    [InlineData("deploy")]
    [InlineData("verify")]
    [InlineData("destroy")]
    [InlineData("ports")]
    public async Task Without_a_cluster_one_sentence_names_the_three_ways_and_exits_2(string command)
    {
        var result = await Cli.RunAsync(ShopLike.Create(), command);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--local", result.Error);
        Assert.Contains("--kubeconfig", result.Error);
        Assert.Contains("~/.kube/config", result.Error);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_missing_kubeconfig_file_is_named()
    {
        var result = await Cli.RunAsync(ShopLike.Create(), "plan", "--kubeconfig", "/nonexistent/kubeconfig");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/kubeconfig does not exist", result.Error);
    }

    [Fact]
    public async Task KUBECONFIG_is_used_when_no_option_is_given_and_an_unknown_context_is_refused()
    {
        await using var cluster = await TestCluster.StartAsync();
        var env = new Dictionary<string, string> { ["KUBECONFIG"] = "/nonexistent:" + cluster.Kubeconfig };

        var ports = await Cli.RunAsync([ShopLike.Create()], ["ports"], env);
        var wrongContext = await Cli.RunAsync([ShopLike.Create()], ["ports", "--context", "production"], env);

        Assert.True(ports.ExitCode == 0, ports.ToString());
        Assert.Contains("30000-30085", ports.Out);
        Assert.Equal(2, wrongContext.ExitCode);
        Assert.Contains("no context named \"production\"", wrongContext.Error);
    }

    [Fact]
    public async Task Keep_without_local_is_refused()
    {
        var result = await Cli.RunAsync(ShopLike.Create(), "deploy", "--keep", "--kubeconfig", "/nonexistent");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--keep only applies with --local", result.Error);
    }

    [Fact]
    public async Task With_json_output_the_no_cluster_error_is_in_the_report_too()
    {
        var result = await Cli.RunAsync(ShopLike.Create(), "deploy", "--output", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(InfraSdk.Deploy.ClusterAccess.KubeconfigLocator.NoClusterMessage, JsonReport.Parse(result).Text("error"));
    }

    [Theory]
    [InlineData("plan", "--parallel", "0", "--parallel must be between 1 and 64. Run 'plan --help' for usage.")]
    [InlineData("verify", "--probe-timeout", "soon", "\"soon\" is not a duration; use a number with ms, s, m or h, such as 30s or 2m. Run 'verify --help' for usage.")]
    public async Task With_json_output_a_bad_argument_is_a_json_report_too(string command, string option, string value, string error)
    {
        var result = await Cli.RunAsync(ShopLike.Create(), command, "--output", "json", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(error, JsonReport.Parse(result).Text("error"));
        Assert.Equal("error: " + error, result.Error.Trim());
    }

    [Fact]
    public async Task A_stopped_api_server_is_one_sentence_at_once_without_retries()
    {
        var kubeconfig = Path.Combine(Path.GetTempPath(), $"infrasdk-stopped-{Guid.NewGuid():N}.yaml");
        await using (var cluster = await TestCluster.StartAsync())
        {
            File.Copy(cluster.Kubeconfig, kubeconfig);
        }

        try
        {
            var result = await Cli.RunAsync(ShopLike.Create(), "ports", "--kubeconfig", kubeconfig);

            Assert.Equal(5, result.ExitCode);
            Assert.Contains("refused the connection: nothing listens on that address and port.", result.Error);
            Assert.DoesNotContain("Retrying", result.Out);
            Assert.DoesNotContain("   at ", result.Error);

            var json = await Cli.RunAsync(ShopLike.Create(), "plan", "--kubeconfig", kubeconfig, "--output", "json");

            Assert.Equal(5, json.ExitCode);
            Assert.StartsWith("The API server at https://127.0.0.1:", JsonReport.Parse(json).Text("error"));
        }
        finally
        {
            File.Delete(kubeconfig);
        }
    }
}
