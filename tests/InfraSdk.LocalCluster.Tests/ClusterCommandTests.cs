using System.CommandLine;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>"cluster start" as an app host runs it: help, user mistakes, and a foreground run stopped by cancellation.</summary>
public sealed class ClusterCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "infrasdk-cli-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task Help_documents_every_option()
    {
        var exitCode = await InvokeAsync(CancellationToken.None, "cluster", "start", "--help");

        Assert.Equal(0, exitCode);
        foreach (var option in new[] { "--nodes", "--max-pods", "--node-port-range", "--state", "--kubeconfig", "--api-faults" })
        {
            Assert.Contains(option, _output.ToString());
        }
    }

    [Theory]
    [InlineData("--node-port-range", "32767-30000", "--node-port-range must be FIRST-LAST with ports from 1 to 65535, such as 30000-32767; \"32767-30000\" is not.")]
    [InlineData("--api-faults", "1.5", "--api-faults must be a fraction between 0 and 1.")]
    [InlineData("--nodes", "0", "--nodes must be between 1 and 99.")]
    [InlineData("--max-pods", "0", "--max-pods must be at least 1.")]
    public async Task A_bad_value_is_one_clear_sentence_and_a_failing_exit_code(string option, string value, string message)
    {
        var exitCode = await InvokeAsync(CancellationToken.None, "cluster", "start", option, value);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, _error.ToString());
        Assert.DoesNotContain("   at ", _error.ToString());
    }

    /// <summary>The output is read only once the run has ended: StringWriter is not safe to read while written.</summary>
    [Fact]
    public async Task Start_writes_the_kubeconfig_prints_the_nodes_and_stops_on_cancellation()
    {
        var kubeconfig = Path.Combine(_folder, "kubeconfig");
        using var stop = new CancellationTokenSource();
        var run = InvokeAsync(stop.Token, "cluster", "start", "--nodes", "2", "--kubeconfig", kubeconfig, "--state", Path.Combine(_folder, "state"));
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!File.Exists(kubeconfig))
        {
            Assert.False(run.IsCompleted, "cluster start ended early.");
            await Task.Delay(50, wait.Token);
        }

        var nodes = JsonNode.Parse(await Kubectl.SucceedAsync(kubeconfig, "get", "nodes", "-o", "json"))!["items"]!.AsArray();
        stop.Cancel();

        Assert.Equal(0, await run);
        Assert.Equal(2, nodes.Count);
        foreach (var address in nodes.Select(node => (string?)node!["status"]!["addresses"]![0]!["address"]))
        {
            Assert.Contains(address!, _output.ToString());
        }

        Assert.Contains("https://127.0.0.1:", _output.ToString());
        Assert.Contains("Press Ctrl+C to stop.", _output.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task<int> InvokeAsync(CancellationToken cancellationToken, params string[] args)
    {
        var root = new RootCommand("test host") { LocalClusterCommand.Create() };
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = _output, Error = _error }, cancellationToken);
    }
}
