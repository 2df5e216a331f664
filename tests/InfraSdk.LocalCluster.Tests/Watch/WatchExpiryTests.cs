using InfraSdk.LocalCluster.Tests.Infrastructure;
using k8s;
using k8s.Models;

namespace InfraSdk.LocalCluster.Tests.Watch;

/// <summary>resourceVersions a watch cannot start from: older than the watch cache (410 Expired) or not reached yet.</summary>
public sealed class WatchExpiryTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("infrasdk-watch-").FullName;

    [Fact]
    public async Task A_watch_from_before_a_restart_gets_an_ERROR_event_410_Expired_and_a_list_then_watches()
    {
        string before;
        await using (var first = await LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 1, StateDirectory = _state }))
        {
            using var client = new k8s.Kubernetes(first.ClientConfiguration);
            before = (await client.CoreV1.ListNamespacedConfigMapAsync("default")).Metadata.ResourceVersion;
            await client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "kept" } }, "default");
        }

        await using var second = await LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 1, StateDirectory = _state });
        using var restarted = new k8s.Kubernetes(second.ClientConfiguration);
        await using var expired = await WatchStream.OpenAsync(second, restarted, $"/api/v1/namespaces/default/configmaps?watch=1&resourceVersion={before}");
        var events = await expired.ReadToEndAsync();
        var listed = await restarted.CoreV1.ListNamespacedConfigMapAsync("default");
        await using var resumed = await WatchStream.OpenAsync(second, restarted, $"/api/v1/namespaces/default/configmaps?watch=1&resourceVersion={listed.Metadata.ResourceVersion}&timeoutSeconds=1");

        var error = Assert.Single(events);
        Assert.Equal("ERROR", (string?)error["type"]);
        Assert.Equal(410, (int?)error["object"]!["code"]);
        Assert.Equal("Expired", (string?)error["object"]!["reason"]);
        Assert.Matches($@"^too old resource version: {before} \(\d+\)$", (string?)error["object"]!["message"]);
        Assert.Contains(listed.Items, item => item.Metadata.Name == "kept");
        Assert.Empty(await resumed.ReadToEndAsync());
    }

    [Fact]
    public async Task A_watch_from_a_resourceVersion_not_reached_yet_gets_an_ERROR_event()
    {
        await using var cluster = await LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 1 });
        using var client = new k8s.Kubernetes(cluster.ClientConfiguration);

        await using var watch = await WatchStream.OpenAsync(cluster, client, "/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=999999");
        var error = Assert.Single(await watch.ReadToEndAsync());

        Assert.Equal("ERROR", (string?)error["type"]);
        Assert.Equal(504, (int?)error["object"]!["code"]);
        Assert.StartsWith("Too large resource version: 999999, current: ", (string?)error["object"]!["message"]);
    }

    public void Dispose() => Directory.Delete(_state, recursive: true);
}
