using InfraSdk.RunnerBench;

namespace InfraSdk.Deploy.Tests;

/// <summary>
/// Keeps bench/InfraSdk.RunnerBench compiling and running at a tiny size. Nothing here times anything: the figures
/// come from running the benchmark itself.
/// </summary>
public sealed class RunnerBenchSmokeTests
{
    [Theory]
    [InlineData(false, "TCP")]
    [InlineData(true, "UDP")]
    public async Task The_probe_sweep_runs_against_its_loopback_listeners(bool udp, string protocol)
    {
        var output = new StringWriter();
        await ProbeBench.RunAsync(3, 2, [4], 1, output, udp);

        Assert.Contains($"3 services x 2 nodes = 6 {protocol} pairs", output.ToString());
        Assert.Matches(@"\s4\s+0\s+\S+\s+\S+\s+6\s+0\s", output.ToString());
    }

    [Fact]
    public async Task Deploy_and_kubectl_apply_the_same_tiny_topology_to_fresh_clusters()
    {
        Assert.True(await ApplyBench.DeployAsync(2, 4) > TimeSpan.Zero);
        Assert.True(await ApplyBench.KubectlAsync(2) > TimeSpan.Zero);
    }
}
