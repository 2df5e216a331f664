using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

public sealed class MultiTopologyTests
{
    [Fact]
    public async Task Each_topology_owns_its_objects_and_prune_or_destroy_of_one_leaves_the_other()
    {
        await using var cluster = await TestCluster.StartAsync();
        var shop = ShopLike.Create();
        var billing = ShopLike.Create(webNodePort: 30020, topology: "BillingTopology", ns: "billing");
        var billingWithoutUdp = new TopologyManifests("BillingTopology", "billing", billing.Where(m => m.Name != "syslog-udp").ToList());

        var both = await Cli.RunAsync([shop, billingWithoutUdp], ["deploy", "--kubeconfig", cluster.Kubeconfig, "--probe-timeout", "1s"]);
        Assert.True(both.ExitCode == 0, both.ToString());

        var prunedShop = await Cli.RunAsync([new TopologyManifests(shop.Topology, shop.Namespace, shop.Where(m => m.Kind != "Service").ToList())],
            ["deploy", "--prune", "--kubeconfig", cluster.Kubeconfig, "--output", "json", "--probe-timeout", "1s"]);
        Assert.True(prunedShop.ExitCode == 0, prunedShop.ToString());
        Assert.Equal(
            ["shop/my-nodeport-service", "shop/my-web-internal", "shop/syslog-udp"],
            JsonReport.Parse(prunedShop).Items("changes").Where(c => c.Text("action") == "prune").Select(c => $"{c.Text("namespace")}/{c.Text("name")}").Order());

        var destroyedShop = await cluster.RunAsync(shop, "destroy", "--yes");
        Assert.True(destroyedShop.ExitCode == 0, destroyedShop.ToString());

        var topologies = await Kubectl.MustAsync(cluster.Kubeconfig, "get", "services,deployments", "-A", "-l", "app.kubernetes.io/managed-by=infrasdk",
            "-o", "jsonpath={range .items[*]}{.metadata.namespace}/{.metadata.name}={.metadata.labels.infrasdk\\.io/topology} {end}");
        Assert.Equal(
            ["billing/my-nodeport-service=BillingTopology", "billing/my-web-app=BillingTopology", "billing/my-web-internal=BillingTopology", "billing/syslog=BillingTopology"],
            topologies.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order());
    }
}
