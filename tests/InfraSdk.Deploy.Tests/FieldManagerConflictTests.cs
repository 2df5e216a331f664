using InfraSdk.Deploy.Tests.Infrastructure;
using k8s;

namespace InfraSdk.Deploy.Tests;

public sealed class FieldManagerConflictTests
{
    [Fact]
    public async Task A_field_another_manager_owns_is_reported_and_force_conflicts_takes_it_over()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s")).ExitCode);
        var scaled = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: my-web-app
              namespace: shop
            spec:
              replicas: 5
            """;
        var file = Path.Combine(Path.GetTempPath(), $"infrasdk-scale-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, scaled);
        try
        {
            await Kubectl.MustAsync(cluster.Kubeconfig, "apply", "--server-side", "--field-manager=ops-team", "--force-conflicts", "-f", file);
        }
        finally
        {
            File.Delete(file);
        }

        var refused = await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Deployment shop/my-web-app: fields are managed by another field manager", refused.Error);
        Assert.Contains("ops-team", refused.Error);
        Assert.Contains(".spec.replicas", refused.Error);
        Assert.Contains("--force-conflicts", refused.Error);

        var forced = await cluster.RunAsync(ShopLike.Create(), "deploy", "--force-conflicts", "--probe-timeout", "1s");

        Assert.True(forced.ExitCode == 0, forced.ToString());
        using var client = cluster.Client();
        Assert.Equal(3, (await client.AppsV1.ReadNamespacedDeploymentAsync("my-web-app", "shop")).Spec.Replicas);
    }
}
