using InfraSdk.Deploy.Access;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests.Access;

/// <summary>
/// access --watch's trigger: a server that offers watch wakes it at the first event, long before the interval; one that
/// answers watch with 405 is re-listed every interval, which is said once.
/// </summary>
public sealed class ChangeSignalTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_watch_event_wakes_it_long_before_the_interval()
    {
        await using var server = new FakeWatchServer(offersWatch: true);
        using var client = Client(server);
        var output = new SharedStringWriter();
        await using var signal = new ChangeSignal(client, HumanConsole.Create(output, false, true), TimeSpan.FromHours(1));
        using var bound = new CancellationTokenSource(Bound);

        await signal.WaitAsync(bound.Token);

        Assert.InRange(server.WatchRequests, 1, 2);
        Assert.DoesNotContain("does not offer watch", output.ToString());
    }

    [Fact]
    public async Task A_server_without_watch_is_listed_again_every_interval_and_that_is_said_once()
    {
        await using var server = new FakeWatchServer(offersWatch: false);
        using var client = Client(server);
        var output = new SharedStringWriter();
        await using var signal = new ChangeSignal(client, HumanConsole.Create(output, false, true), TimeSpan.FromMilliseconds(200));
        using var bound = new CancellationTokenSource(Bound);

        await Poll.UntilAsync(() => Task.FromResult(server.WatchRequests == 2 && output.ToString().Contains("does not offer watch", StringComparison.Ordinal)), Bound, "both watches refused");
        await signal.WaitAsync(bound.Token);
        await signal.WaitAsync(bound.Token);

        Assert.Equal(2, server.WatchRequests);
        var said = output.ToString();
        Assert.Contains("The API server does not offer watch (405 for ", said);
        Assert.Contains("re-listing Nodes and Services every 200 milliseconds", said);
        Assert.Single(said.Split('\n'), line => line.Contains("does not offer watch", StringComparison.Ordinal));
    }

    private static k8s.Kubernetes Client(FakeWatchServer server) => new(new k8s.KubernetesClientConfiguration { Host = server.Url });
}
