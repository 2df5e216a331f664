using System.Net;
using System.Text;
using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.Deploy.Topology;
using InfraSdk.Deploy.Waiting;
using k8s;

namespace InfraSdk.Deploy.Tests;

/// <summary>deploy's wait through watches: a change after the first list arrives as an event, 410 relists, a refused watch falls back.</summary>
public sealed class WatchedWaitTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_deployment_created_after_the_first_list_is_seen_through_the_watch()
    {
        await using var cluster = await TestCluster.StartAsync();
        var log = new RequestLog();
        using var client = new k8s.Kubernetes(cluster.Cluster.ClientConfiguration, log);

        var (first, last) = await WaitWhileCreatingAsync(client, Topology());

        Assert.Equal(["Deployment default/late: not found"], first.Select(Describe));
        Assert.Equal(["Deployment default/late: 0/0 replicas ready"], last.Select(Describe));
        Assert.True(last.Single().Ready);
        Assert.Single(log.Requests, request => request.StartsWith("GET /apis/apps/v1/namespaces/default/deployments?", StringComparison.Ordinal) && !request.Contains("watch=true", StringComparison.Ordinal));
        Assert.Contains(log.Requests, request => request.StartsWith("GET /apis/apps/v1/namespaces/default/deployments?", StringComparison.Ordinal) && request.Contains("watch=true", StringComparison.Ordinal) && request.Contains("allowWatchBookmarks=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_watch_answered_410_Expired_lists_again_and_watches_on()
    {
        await using var cluster = await TestCluster.StartAsync();
        var log = new RequestLog();
        using var client = new k8s.Kubernetes(cluster.Cluster.ClientConfiguration, new ExpiresFirstWatch(), log);

        var (_, last) = await WaitWhileCreatingAsync(client, Topology());

        Assert.True(last.Single().Ready);
        Assert.Equal(2, log.Requests.Count(request => request.StartsWith("GET /apis/apps/v1/namespaces/default/deployments?", StringComparison.Ordinal) && !request.Contains("watch=true", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_refused_watch_is_reported_so_that_the_wait_polls_instead()
    {
        await using var cluster = await TestCluster.StartAsync();
        using var client = new k8s.Kubernetes(cluster.Cluster.ClientConfiguration, new RefusesWatch());
        var watched = new WatchedReadiness(Api(client), DesiredTopology.From([Topology()]), TimeProvider.System);

        var refused = await Assert.ThrowsAsync<WatchUnavailableException>(() => watched.WaitAsync(_ => { }, Timeout, CancellationToken.None));

        Assert.Equal("The API server refused to watch V1Deployment (405).", refused.Message);
    }

    /// <summary>Waits with watches, and creates the declared Deployment once the first reading (after the lists) is in.</summary>
    private static async Task<(IReadOnlyList<Readiness> First, IReadOnlyList<Readiness> Last)> WaitWhileCreatingAsync(k8s.Kubernetes client, TopologyManifests manifests)
    {
        var topology = DesiredTopology.From([manifests]);
        var watched = new WatchedReadiness(Api(client), topology, TimeProvider.System);
        var firstReading = new TaskCompletionSource<IReadOnlyList<Readiness>>(TaskCreationOptions.RunContinuationsAsynchronously);

        var waiting = watched.WaitAsync(states => firstReading.TrySetResult(states), Timeout, CancellationToken.None);
        var first = await firstReading.Task.WaitAsync(Timeout);
        await client.AppsV1.CreateNamespacedDeploymentAsync(topology.Deployments.Single().Deployment!, "default");
        return (first, await waiting.WaitAsync(Timeout));
    }

    private static TopologyManifests Topology() => new("WatchTopology", "default",
    [
        Manifest.From(new Deployment("late") { Replicas = 0, Container = new("nginx:1.27") { Ports = { new(8080) } } }, "WatchTopology", "default"),
    ]);

    private static ClusterApi Api(k8s.Kubernetes client) => new(client, new ApiResilience(Cli.FastRetries, _ => { }, (_, _) => Task.FromResult(false)));

    private static string Describe(Readiness state) => $"{state.Key}: {state.Detail}";

    /// <summary>Answers the first watch request the way kube-apiserver answers a resourceVersion older than its watch cache.</summary>
    private sealed class ExpiresFirstWatch : DelegatingHandler
    {
        private int _watches;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (!request.RequestUri!.Query.Contains("watch=true", StringComparison.Ordinal) || Interlocked.Increment(ref _watches) > 1)
            {
                return base.SendAsync(request, cancellationToken);
            }

            const string Expired = """{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: 1 (9)","reason":"Expired","code":410}}""";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Expired + "\n", Encoding.UTF8, "application/json"), RequestMessage = request });
        }
    }

    /// <summary>An API server that lists watch but answers it 405, as a partial implementation might.</summary>
    private sealed class RefusesWatch : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri!.Query.Contains("watch=true", StringComparison.Ordinal)
                ? Task.FromResult(new HttpResponseMessage(HttpStatusCode.MethodNotAllowed) { Content = new StringContent("""{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"MethodNotAllowed","code":405}"""), RequestMessage = request })
                : base.SendAsync(request, cancellationToken);
    }
}
