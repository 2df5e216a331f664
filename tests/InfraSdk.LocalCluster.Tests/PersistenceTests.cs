using System.Net;
using InfraSdk.LocalCluster.Tests.Infrastructure;
using k8s;
using k8s.Models;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>A cluster restarted on the same state folder serves the same objects and nodePort allocations.</summary>
public sealed class PersistenceTests : IDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "infrasdk-state-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_restart_from_the_state_folder_keeps_objects_annotations_and_allocations()
    {
        string uid;
        int automaticPort;
        await using (var first = await LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 2, StateDirectory = _state }))
        {
            using var client = new k8s.Kubernetes(first.ClientConfiguration);
            await client.CreateNamespacedDeploymentAsync(Objects.Deployment("my-web-app", 2), "default");
            var pinned = await client.CreateNamespacedServiceAsync(Objects.NodePortService("pinned", Objects.Port("http", 80, 30007)), "default");
            var automatic = await client.CreateNamespacedServiceAsync(Objects.NodePortService("automatic", Objects.Port("http", 80)), "default");
            await client.PatchNodeAsync(new V1Patch("""{"metadata":{"annotations":{"infrasdk.io/fault":"refuse"}}}""", V1Patch.PatchType.MergePatch), "node-1");
            uid = pinned.Metadata.Uid;
            automaticPort = automatic.Spec.Ports.Single().NodePort!.Value;
        }

        await using var second = await LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 2, StateDirectory = _state });
        using var restarted = new k8s.Kubernetes(second.ClientConfiguration);
        using var api = new RawApi(second);

        Assert.Equal(uid, (await restarted.ReadNamespacedServiceAsync("pinned", "default")).Metadata.Uid);
        Assert.Equal(2, (await restarted.ReadNamespacedDeploymentAsync("my-web-app", "default")).Spec.Replicas);
        Assert.Equal("refuse", (await restarted.ReadNodeAsync("node-1")).Metadata.Annotations["infrasdk.io/fault"]);
        foreach (var taken in new[] { 30007, automaticPort })
        {
            var refused = await api.PostAsync("/api/v1/namespaces/default/services",
                $$$"""{"metadata":{"name":"again"},"spec":{"type":"NodePort","ports":[{"port":80,"nodePort":{{{taken}}}}]}}""");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
            Assert.EndsWith($"Invalid value: {taken}: provided port is already allocated", refused.Message);
        }
    }

    [Fact]
    public async Task An_acknowledged_write_is_on_disk_before_the_response()
    {
        await using var cluster = await LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 1, StateDirectory = _state });
        using var client = new k8s.Kubernetes(cluster.ClientConfiguration);

        await client.CreateNamespacedServiceAsync(Objects.NodePortService("durable", Objects.Port("http", 80, 30007)), "default");

        using var file = Storage.SqliteStateFile.Open(_state);
        var stored = file.ReadObjects().Single(entry => entry.Key == new Storage.StoredObjectKey("services", "default", "durable")).Object;
        Assert.Equal(30007, (int?)stored["spec"]!["ports"]![0]!["nodePort"]);
    }

    [Fact]
    public async Task A_second_cluster_cannot_use_a_state_folder_in_use()
    {
        await using var cluster = await LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 1, StateDirectory = _state });

        var refused = await Assert.ThrowsAsync<IOException>(() => LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 1, StateDirectory = _state }));

        Assert.Equal($"The state folder {_state} is in use by another running cluster.", refused.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }
}
