using InfraSdk.ClusterBench;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>Keeps the cluster benchmark compiling and running, at a size that measures nothing.</summary>
public sealed class ClusterBenchSmokeTests
{
    [Fact]
    public async Task The_benchmark_applies_services_and_deployments_from_concurrent_clients_until_all_are_ready()
    {
        var result = await ClusterBenchmark.RunAsync(new BenchOptions(Services: 3, Nodes: 2, Clients: 2), readyTimeout: TimeSpan.FromSeconds(30));

        Assert.Equal(6, result.Writes);
        Assert.True(result.AllReady, result.ToString());
    }
}
