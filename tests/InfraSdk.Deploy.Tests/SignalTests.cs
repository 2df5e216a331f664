using System.Text.RegularExpressions;
using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.LocalCluster;

namespace InfraSdk.Deploy.Tests;

/// <summary>Ctrl+C (SIGINT) or SIGTERM stops a command as a real process: one line says what was done, exit 130, no stack trace.</summary>
public sealed partial class SignalTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    [Theory]
    [InlineData("INT", 21)]
    [InlineData("TERM", 22)]
    public async Task A_signal_mid_deploy_cancels_it_and_counts_what_was_applied(string signal, int seed)
    {
        // Every write draws a 429 with Retry-After: 1 s three times in ten, so the apply at --parallel 1 takes many seconds.
        await using var cluster = await TestCluster.StartAsync(new ApiFaults(0.3, ApiFaultKind.TooManyRequests, seed));
        const int services = 30;
        var total = FaultTopology.ObjectCount(services);
        using var client = cluster.Client();
        await using var app = AppProcess.Start(services, "deploy", "--kubeconfig", cluster.Kubeconfig, "--parallel", "1");

        await Poll.UntilAsync(async () => (await OwnedVersions.ReadAsync(client)).Count >= 4, Bound, "the first Deployments");
        await app.SignalAsync(signal);
        var result = await app.WaitAsync(Bound);

        Assert.True(result.ExitCode == 130, result.ToString());
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var counts = StoppedLine().Match(line);
        Assert.True(counts.Success, result.ToString());
        var (applied, notApplied) = (int.Parse(counts.Groups[1].Value), int.Parse(counts.Groups[3].Value));
        Assert.Equal(total, int.Parse(counts.Groups[2].Value));
        Assert.Equal(total, applied + notApplied);
        Assert.InRange((await OwnedVersions.ReadAsync(client)).Count, applied, applied + 1);
        Assert.DoesNotContain("   at ", result.ToString());

        var again = await cluster.RunAsync(FaultTopology.Create(services), "deploy", "--probe-timeout", "1s");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(total, (await OwnedVersions.ReadAsync(client)).Count);
    }

    [Fact]
    public async Task SIGTERM_mid_destroy_counts_what_was_deleted()
    {
        const int services = 30;
        var total = FaultTopology.ObjectCount(services);
        await using var cluster = await TestCluster.StartAsync(new ApiFaults(0.3, ApiFaultKind.TooManyRequests, 23));
        using var client = cluster.Client();
        var deployed = await cluster.RunAsync(FaultTopology.Create(services), "deploy", "--probe-timeout", "1s");
        Assert.True(deployed.ExitCode == 0, deployed.ToString());
        await using var app = AppProcess.Start(services, "destroy", "--yes", "--kubeconfig", cluster.Kubeconfig, "--parallel", "1");

        await Poll.UntilAsync(async () => (await OwnedVersions.ReadAsync(client)).Count <= total - 3, Bound, "the first deletions");
        await app.SignalAsync("TERM");
        var result = await app.WaitAsync(Bound);

        Assert.True(result.ExitCode == 130, result.ToString());
        var counts = StoppedDestroyLine().Match(Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.True(counts.Success, result.ToString());
        var deleted = int.Parse(counts.Groups[1].Value);
        Assert.Equal(total, int.Parse(counts.Groups[2].Value));
        Assert.Equal(total, deleted + int.Parse(counts.Groups[3].Value));
        Assert.InRange((await OwnedVersions.ReadAsync(client)).Count, total - deleted - 1, total - deleted);
    }

    [Theory]
    [InlineData("plan", "INT")]
    [InlineData("verify", "TERM")]
    [InlineData("ports", "INT")]
    public async Task A_signal_while_the_server_does_not_answer_stops_a_read_only_command_at_once(string command, string signal)
    {
        using var blackhole = new BlackholeServer();
        var kubeconfig = Path.Combine(Path.GetTempPath(), $"infrasdk-blackhole-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(kubeconfig, UnreachableCluster.Kubeconfig($"https://127.0.0.1:{blackhole.Port}"));
        try
        {
            await using var app = AppProcess.Start(1, command, "--kubeconfig", kubeconfig, "--output", "json");
            await Poll.UntilAsync(() => Task.FromResult(app.Error.Contains("Cluster: ", StringComparison.Ordinal)), Bound, "the cluster line");
            await app.SignalAsync(signal);
            var result = await app.WaitAsync(Bound);

            Assert.True(result.ExitCode == 130, result.ToString());
            Assert.Equal($"Stopped: {command} changed nothing on the cluster.", JsonReport.Parse(result).Text("error"));
            Assert.EndsWith($"Stopped: {command} changed nothing on the cluster.", result.Error.Trim());
            Assert.DoesNotContain("   at ", result.ToString());
        }
        finally
        {
            File.Delete(kubeconfig);
        }
    }

    [GeneratedRegex(@"^Stopped: (\d+) of (\d+) objects deleted, (\d+) not \(a request cancelled in flight may have been carried out too\); run destroy again to finish\.$")]
    private static partial Regex StoppedDestroyLine();

    [GeneratedRegex(@"^Stopped: (\d+) of (\d+) objects applied, (\d+) not \(a request cancelled in flight may have been carried out too\); run deploy again to finish\.$")]
    private static partial Regex StoppedLine();
}
