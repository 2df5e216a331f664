using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.LocalCluster;
using k8s;

namespace InfraSdk.Deploy.Tests;

public sealed class ApiFaultTests
{
    [Theory]
    [InlineData(ApiFaultKind.All, 11)]
    [InlineData(ApiFaultKind.InternalError, 12)]
    [InlineData(ApiFaultKind.TooManyRequests, 13)]
    [InlineData(ApiFaultKind.DroppedConnection, 14)]
    public async Task Deploy_converges_to_exactly_the_declared_state_while_writes_fail(ApiFaultKind kinds, int seed)
    {
        await using var cluster = await TestCluster.StartAsync(new ApiFaults(0.3, kinds, seed));

        var result = await cluster.RunAsync(ShopLike.Create(withExtraService: true), "deploy", "--probe-timeout", "1s");
        var pruned = await cluster.RunAsync(ShopLike.Create(), "deploy", "--prune", "--probe-timeout", "1s");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(pruned.ExitCode == 0, pruned.ToString());
        Assert.Contains("Retrying", result.Out + pruned.Out);
        using var client = cluster.Client();
        var services = (await client.CoreV1.ListNamespacedServiceAsync("shop")).Items;
        Assert.Equal(["my-nodeport-service", "my-web-internal", "syslog-udp"], services.Select(s => s.Metadata.Name).Order());
        Assert.Equal(30007, services.Single(s => s.Metadata.Name == "my-nodeport-service").Spec.Ports.Single().NodePort);
        var deployments = (await client.AppsV1.ListNamespacedDeploymentAsync("shop")).Items;
        Assert.Equal(["my-web-app=3", "syslog=2"], deployments.Select(d => $"{d.Metadata.Name}={d.Spec.Replicas}").Order());
        Assert.All(deployments, d => Assert.Equal("infrasdk", d.Metadata.Labels[OwnershipLabels.ManagedByKey]));
    }
}
