using InfraSdk.ClusterBench;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>Keeps the cluster benchmark compiling and running, at a size that measures nothing.</summary>
public sealed class ClusterBenchSmokeTests
{
    [Fact]
    public async Task The_benchmark_applies_services_and_deployments_from_concurrent_clients_until_all_are_ready()
    {
        var options = new BenchOptions(Services: 3, Nodes: 2, Clients: 2, UpdatePasses: 1);
        var result = await ClusterBenchmark.RunAsync(options, readyTimeout: TimeSpan.FromSeconds(30));

        Assert.Equal(6, result.WritesPerPass);
        Assert.Equal(2, result.PassTimes.Count);
        Assert.True(result.AllReady);
        Assert.Contains("| API writes/s, every pass |", ResultTable.Format(options, [result]));
    }
}
