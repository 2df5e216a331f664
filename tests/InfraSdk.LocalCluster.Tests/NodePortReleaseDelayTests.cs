using System.Net;
using InfraSdk.LocalCluster.Tests.Infrastructure;
using k8s;
using k8s.Models;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>With a release delay, a freed nodePort stays allocated for a while, as on HA control planes, then frees.</summary>
public sealed class NodePortReleaseDelayTests : ClusterTest
{
    private const string Again = """{"metadata":{"name":"again"},"spec":{"type":"NodePort","ports":[{"port":80,"nodePort":30007}]}}""";

    protected override LocalClusterOptions Options => new() { Nodes = 1, NodePortReleaseDelay = TimeSpan.FromSeconds(1) };

    [Fact]
    public async Task A_deleted_services_nodePort_is_refused_until_the_delay_has_passed()
    {
        await Client.CreateNamespacedServiceAsync(Objects.NodePortService("first", Objects.Port("http", 80, 30007)), "default");
        await Client.DeleteNamespacedServiceAsync("first", "default");

        var refused = await Api.PostAsync("/api/v1/namespaces/default/services", Again);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Service \"again\" is invalid: spec.ports[0].nodePort: Invalid value: 30007: provided port is already allocated", refused.Message);
        Assert.Equal(HttpStatusCode.Created, await CreateOnceFreedAsync());
    }

    [Fact]
    public async Task A_change_to_ClusterIP_holds_the_old_nodePort_for_the_delay_too()
    {
        await Client.CreateNamespacedServiceAsync(Objects.NodePortService("first", Objects.Port("http", 80, 30007)), "default");
        var patch = new V1Patch("""{"spec":{"type":"ClusterIP","ports":[{"name":"http","port":80,"targetPort":8080,"nodePort":null}]}}""", V1Patch.PatchType.MergePatch);
        await Client.PatchNamespacedServiceAsync(patch, "first", "default");

        var refused = await Api.PostAsync("/api/v1/namespaces/default/services", Again);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.EndsWith("Invalid value: 30007: provided port is already allocated", refused.Message);
        Assert.Equal(HttpStatusCode.Created, await CreateOnceFreedAsync());
    }

    /// <summary>Retries the create every 200 ms for at most 10 s; returns the last status.</summary>
    private async Task<HttpStatusCode> CreateOnceFreedAsync()
    {
        var status = HttpStatusCode.UnprocessableEntity;
        for (var attempt = 0; attempt < 50 && status == HttpStatusCode.UnprocessableEntity; attempt++)
        {
            await Task.Delay(200);
            status = (await Api.PostAsync("/api/v1/namespaces/default/services", Again)).Status;
        }

        return status;
    }
}
