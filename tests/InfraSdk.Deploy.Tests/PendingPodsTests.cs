using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

/// <summary>Pods the cluster cannot place: deploy's wait says why, in the scheduler's words, instead of only counting.</summary>
public sealed class PendingPodsTests
{
    [Fact]
    public async Task A_wait_that_times_out_on_pending_pods_gives_the_schedulers_reason()
    {
        await using var cluster = await TestCluster.StartAsync(maxPodsPerNode: 1);

        var result = await cluster.RunAsync(ShopLike.Create(), "deploy", "--timeout", "2s", "--probe-timeout", "1s");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("pods are Pending: 0/3 nodes are available: 3 Too many pods", result.ToString());
    }
}
