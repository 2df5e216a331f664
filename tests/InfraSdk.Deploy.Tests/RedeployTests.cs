using InfraSdk.Deploy.Tests.Infrastructure;
using k8s;

namespace InfraSdk.Deploy.Tests;

/// <summary>A redeploy of an unchanged topology checks every object with a dry run and writes none of them again.</summary>
public sealed class RedeployTests
{
    [Fact]
    public async Task An_unchanged_object_is_not_written_again()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s")).ExitCode);
        using var client = cluster.Client();
        var before = (await client.CoreV1.ReadNamespacedServiceAsync("my-nodeport-service", ShopLike.Namespace)).Metadata.ResourceVersion;

        var redeploy = await cluster.RunAsync(ShopLike.Create(), "deploy", "--output", "json", "--probe-timeout", "1s");

        Assert.True(redeploy.ExitCode == 0, redeploy.ToString());
        Assert.All(JsonReport.Parse(redeploy).Items("changes"), change => Assert.Equal("unchanged", change.Text("action")));
        var after = (await client.CoreV1.ReadNamespacedServiceAsync("my-nodeport-service", ShopLike.Namespace)).Metadata.ResourceVersion;
        Assert.Equal(before, after);
    }
}
