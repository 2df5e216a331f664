using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.LocalCluster;
using k8s;

namespace InfraSdk.Deploy.Tests;

/// <summary>
/// The release lag of HA control planes, reproduced by a local cluster that holds freed nodePorts for 2 s: a
/// redeploy right after the Service was deleted is told "provided port is already allocated" and retries through it.
/// </summary>
public sealed class ReleaseLagTests
{
    [Fact]
    public async Task A_redeploy_right_after_the_nodePort_service_was_deleted_retries_until_the_port_is_released()
    {
        await using var cluster = await LocalCluster.LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 1, NodePortReleaseDelay = TimeSpan.FromSeconds(2) });
        string[] deploy = ["deploy", "--probe-timeout", "1s", "--kubeconfig", cluster.KubeconfigPath];
        Assert.Equal(0, (await Cli.RunAsync([ShopLike.Create()], deploy)).ExitCode);
        using var client = new k8s.Kubernetes(cluster.ClientConfiguration);
        await client.DeleteNamespacedServiceAsync("my-nodeport-service", ShopLike.Namespace);

        var redeploy = await Cli.RunAsync([ShopLike.Create()], deploy);

        Assert.True(redeploy.ExitCode == 0, redeploy.ToString());
        Assert.Contains("A nodePort is still being released by the API server", redeploy.ToString());
        var service = await client.ReadNamespacedServiceAsync("my-nodeport-service", ShopLike.Namespace);
        Assert.Equal(30007, service.Spec.Ports.Single().NodePort);
    }
}
