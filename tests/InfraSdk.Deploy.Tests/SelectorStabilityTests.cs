using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

/// <summary>A Deployment's selector is stable: labels can change on a deployed Deployment, which the API server allows.</summary>
public sealed class SelectorStabilityTests
{
    [Fact]
    public async Task Adding_a_label_to_a_deployed_deployment_updates_it_in_place()
    {
        await using var cluster = await TestCluster.StartAsync();
        var first = await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s");
        Assert.True(first.ExitCode == 0, first.ToString());

        var relabelled = await cluster.RunAsync(ShopLike.Create(webLabels: new Dictionary<string, string> { ["tier"] = "front" }), "deploy", "--output", "json", "--probe-timeout", "1s");

        Assert.True(relabelled.ExitCode == 0, relabelled.ToString());
        var web = Assert.Single(JsonReport.Parse(relabelled).Items("changes"), c => c.Text("kind") == "Deployment" && c.Text("name") == "my-web-app");
        Assert.Equal("update", web.Text("action"));
        var live = await Kubectl.MustAsync(cluster.Kubeconfig, "get", "deployment", "my-web-app", "-n", ShopLike.Namespace, "-o", "jsonpath={.spec.template.metadata.labels.tier} {.spec.selector.matchLabels}");
        Assert.Equal("front {\"infrasdk.io/deployment\":\"my-web-app\"}", live.Trim());
    }
}
