using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.LocalCluster;
using k8s;

namespace InfraSdk.Deploy.Tests;

/// <summary>
/// A Service whose pinned clusterIP changes cannot be updated in place: plan says replace, deploy refuses without
/// --recreate, and with it deletes and re-creates the Service, keeping its pinned nodePort through the release delay.
/// </summary>
public sealed class ReplaceTests
{
    [Fact]
    public async Task A_changed_cluster_ip_is_a_replace_that_only_recreate_carries_out_keeping_the_pinned_nodePort()
    {
        await using var cluster = await LocalCluster.LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 1, NodePortReleaseDelay = TimeSpan.FromSeconds(2) });
        string[] target = ["--kubeconfig", cluster.KubeconfigPath];
        var before = ShopLike.Create().With(ExtraObjects.PinnedClusterIp("pinned", "10.96.0.50", "NodePort", 30050));
        var after = ShopLike.Create().With(ExtraObjects.PinnedClusterIp("pinned", "10.96.0.60", "NodePort", 30050));
        Assert.Equal(0, (await Cli.RunAsync([before], ["deploy", "--probe-timeout", "1s", .. target])).ExitCode);

        var plan = await Cli.RunAsync([after], ["plan", "--output", "json", .. target]);
        var refused = await Cli.RunAsync([after], ["deploy", "--probe-timeout", "1s", .. target]);
        using var client = new k8s.Kubernetes(cluster.ClientConfiguration);
        var untouched = await client.CoreV1.ReadNamespacedServiceAsync("pinned", ShopLike.Namespace);
        var recreated = await Cli.RunAsync([after], ["deploy", "--recreate", "--output", "json", "--probe-timeout", "1s", .. target]);

        Assert.True(plan.ExitCode == 0, plan.ToString());
        var replace = Assert.Single(JsonReport.Parse(plan).Items("changes"), c => c.Text("action") == "replace");
        Assert.Equal("pinned", replace.Text("name"));
        Assert.Equal("spec.clusterIP cannot change once set (10.96.0.50 -> 10.96.0.60)", replace.Text("reason"));
        Assert.Contains("deploy refuses (exit 4) unless given --recreate", plan.Error);

        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("± replace   Service shop/pinned", refused.Out);
        Assert.EndsWith("error: Service shop/pinned cannot be updated in place (spec.clusterIP cannot change once set (10.96.0.50 -> 10.96.0.60)), so nothing was deployed; rerun with --recreate to delete and re-create it.", refused.Error.TrimEnd());
        Assert.Equal("10.96.0.50", untouched.Spec.ClusterIP);

        Assert.True(recreated.ExitCode == 0, recreated.ToString());
        Assert.Equal("pinned", Assert.Single(JsonReport.Parse(recreated).Items("changes"), c => c.Text("action") == "replace").Text("name"));
        Assert.Contains("A nodePort is still being released by the API server", recreated.Error);
        var service = await client.CoreV1.ReadNamespacedServiceAsync("pinned", ShopLike.Namespace);
        Assert.Equal("10.96.0.60", service.Spec.ClusterIP);
        Assert.Equal(30050, service.Spec.Ports.Single().NodePort);
    }

    [Fact]
    public async Task A_dry_run_with_recreate_reports_the_replace_and_deletes_nothing()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create().With(ExtraObjects.PinnedClusterIp("pinned", "10.96.0.70")), "deploy", "--probe-timeout", "1s")).ExitCode);

        var dryRun = await cluster.RunAsync(ShopLike.Create().With(ExtraObjects.PinnedClusterIp("pinned", "10.96.0.71")), "deploy", "--recreate", "--dry-run");

        Assert.True(dryRun.ExitCode == 0, dryRun.ToString());
        Assert.Contains("± replace   Service shop/pinned", dryRun.Out);
        using var client = cluster.Client();
        Assert.Equal("10.96.0.70", (await client.CoreV1.ReadNamespacedServiceAsync("pinned", ShopLike.Namespace)).Spec.ClusterIP);
    }

    [Fact]
    public async Task A_changed_deployment_selector_is_replaced_with_recreate_and_becomes_ready_again()
    {
        await using var cluster = await TestCluster.StartAsync();
        var before = ShopLike.Create().Without("Deployment", "my-web-app")
            .With(ExtraObjects.WebDeployment("my-web-app", new Dictionary<string, string> { ["app"] = "my-web-app" }));
        var after = ShopLike.Create().Without("Deployment", "my-web-app")
            .With(ExtraObjects.WebDeployment("my-web-app", new Dictionary<string, string> { ["app"] = "my-web-app", ["tier"] = "web" }));
        Assert.Equal(0, (await cluster.RunAsync(before, "deploy", "--probe-timeout", "1s")).ExitCode);

        var refused = await cluster.RunAsync(after, "deploy", "--probe-timeout", "1s");
        var recreated = await cluster.RunAsync(after, "deploy", "--recreate", "--probe-timeout", "1s");

        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("Deployment shop/my-web-app cannot be updated in place (spec.selector cannot change once set", refused.Error);
        Assert.True(recreated.ExitCode == 0, recreated.ToString());
        Assert.Contains("± replace   Deployment shop/my-web-app", recreated.Out);
        using var client = cluster.Client();
        var deployment = await client.AppsV1.ReadNamespacedDeploymentAsync("my-web-app", ShopLike.Namespace);
        Assert.Equal("web", deployment.Spec.Selector.MatchLabels["tier"]);
    }

    [Fact]
    public async Task A_nodePort_service_that_becomes_cluster_ip_with_another_address_is_replaced_and_frees_its_port()
    {
        await using var cluster = await TestCluster.StartAsync();
        var before = ShopLike.Create().With(ExtraObjects.PinnedClusterIp("pinned", "10.96.0.80", "NodePort", 30080));
        var after = ShopLike.Create().With(ExtraObjects.PinnedClusterIp("pinned", "10.96.0.81"));
        Assert.Equal(0, (await cluster.RunAsync(before, "deploy", "--probe-timeout", "1s")).ExitCode);

        var recreated = await cluster.RunAsync(after, "deploy", "--recreate", "--output", "json", "--probe-timeout", "1s");

        Assert.True(recreated.ExitCode == 0, recreated.ToString());
        Assert.Equal("spec.clusterIP cannot change once set (10.96.0.80 -> 10.96.0.81)", Assert.Single(JsonReport.Parse(recreated).Items("changes"), c => c.Text("action") == "replace").Text("reason"));
        using var client = cluster.Client();
        var service = await client.CoreV1.ReadNamespacedServiceAsync("pinned", ShopLike.Namespace);
        Assert.Equal(("ClusterIP", "10.96.0.81", (int?)null), (service.Spec.Type, service.Spec.ClusterIP, service.Spec.Ports.Single().NodePort));
        var ports = await cluster.RunAsync(ShopLike.Create().With(ExtraObjects.PinnedClusterIp("other", "10.96.0.82", "NodePort", 30080)), "deploy", "--probe-timeout", "1s");
        Assert.True(ports.ExitCode == 0, ports.ToString());
    }
}
