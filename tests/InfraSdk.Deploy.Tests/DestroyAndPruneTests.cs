using InfraSdk.Deploy.Tests.Infrastructure;
using k8s;

namespace InfraSdk.Deploy.Tests;

public sealed class DestroyAndPruneTests
{
    [Fact]
    public async Task Destroy_yes_removes_owned_objects_and_keeps_a_kubectl_service_and_its_namespace()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s")).ExitCode);
        await Kubectl.CreateForeignServiceAsync(cluster.Kubeconfig, "shop", "hand-made");

        var refused = await cluster.RunAsync(ShopLike.Create(), "destroy");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("rerun with --yes", refused.Error);

        var destroyed = await cluster.RunAsync(ShopLike.Create(), "destroy", "--yes");

        Assert.True(destroyed.ExitCode == 0, destroyed.ToString());
        Assert.Contains("Kept namespace shop", destroyed.Out);
        var left = await Kubectl.MustAsync(cluster.Kubeconfig, "get", "services,deployments", "-n", "shop", "-o", "name");
        Assert.Equal(["service/hand-made"], left.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("namespace/shop", await Kubectl.MustAsync(cluster.Kubeconfig, "get", "namespaces", "-o", "name"));
    }

    [Fact]
    public async Task Destroy_deletes_an_emptied_namespace_and_asks_on_a_terminal()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s")).ExitCode);

        var declined = await Cli.RunAsync([ShopLike.Create()], ["destroy", "--kubeconfig", cluster.Kubeconfig], input: "n\n", terminal: true);
        Assert.Equal(1, declined.ExitCode);
        Assert.Contains("namespace/shop", await Kubectl.MustAsync(cluster.Kubeconfig, "get", "namespaces", "-o", "name"));

        var confirmed = await Cli.RunAsync([ShopLike.Create()], ["destroy", "--kubeconfig", cluster.Kubeconfig], input: "yes\n", terminal: true);

        Assert.True(confirmed.ExitCode == 0, confirmed.ToString());
        Assert.DoesNotContain("namespace/shop", await Kubectl.MustAsync(cluster.Kubeconfig, "get", "namespaces", "-o", "name"));
    }

    [Fact]
    public async Task Prune_deletes_only_owned_objects_no_longer_declared()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(withExtraService: true), "deploy", "--probe-timeout", "1s")).ExitCode);
        await Kubectl.CreateForeignServiceAsync(cluster.Kubeconfig, "shop", "hand-made");

        var plan = await cluster.RunAsync(ShopLike.Create(), "plan", "--output", "json");
        Assert.Equal("my-legacy-service", Assert.Single(JsonReport.Parse(plan).Items("changes"), c => c.Text("action") == "prune").Text("name"));

        var withoutPrune = await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s");
        Assert.Equal(0, withoutPrune.ExitCode);
        Assert.Contains("service/my-legacy-service", await Kubectl.MustAsync(cluster.Kubeconfig, "get", "services", "-n", "shop", "-o", "name"));

        var pruned = await cluster.RunAsync(ShopLike.Create(), "deploy", "--prune", "--output", "json", "--probe-timeout", "1s");

        Assert.True(pruned.ExitCode == 0, pruned.ToString());
        Assert.Equal("my-legacy-service", Assert.Single(JsonReport.Parse(pruned).Items("changes"), c => c.Text("action") == "prune").Text("name"));
        var services = (await Kubectl.MustAsync(cluster.Kubeconfig, "get", "services", "-n", "shop", "-o", "name")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order();
        Assert.Equal(["service/hand-made", "service/my-nodeport-service", "service/my-web-internal", "service/syslog-udp"], services);
    }

    [Fact]
    public async Task A_nodePort_moving_to_a_renamed_service_needs_prune_which_frees_it_first()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(withExtraService: true), "deploy", "--probe-timeout", "1s")).ExitCode);
        var renamed = ShopLike.Create(withExtraService: true, extraServiceName: "my-renamed-service");

        var withoutPrune = await cluster.RunAsync(renamed, "deploy", "--probe-timeout", "1s");
        var plan = await cluster.RunAsync(renamed, "plan", "--prune");
        var pruned = await cluster.RunAsync(renamed, "deploy", "--prune", "--probe-timeout", "1s");

        Assert.Equal(3, withoutPrune.ExitCode);
        Assert.Contains("already held by Service shop/my-legacy-service, which this topology owns but no longer declares (deploy --prune deletes it first)", withoutPrune.Error);
        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.True(pruned.ExitCode == 0, pruned.ToString());
        using var client = cluster.Client();
        var service = await client.CoreV1.ReadNamespacedServiceAsync("my-renamed-service", "shop");
        Assert.Equal(30008, service.Spec.Ports.Single().NodePort);
    }
}
