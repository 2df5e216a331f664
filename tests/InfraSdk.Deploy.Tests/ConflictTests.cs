using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

public sealed class ConflictTests
{
    [Fact]
    public async Task A_service_holding_30007_in_another_namespace_stops_plan_and_deploy_before_anything_is_created()
    {
        await using var cluster = await TestCluster.StartAsync();
        await Kubectl.CreateForeignServiceAsync(cluster.Kubeconfig, "billing", "invoices", "NodePort", 30007, createNamespace: true);

        var plan = await cluster.RunAsync(ShopLike.Create(), "plan", "--output", "json");
        var deploy = await cluster.RunAsync(ShopLike.Create(), "deploy");

        Assert.Equal(3, plan.ExitCode);
        var conflict = Assert.Single(JsonReport.Parse(plan).Items("conflicts"));
        Assert.Equal(30007, conflict.GetProperty("nodePort").GetInt32());
        Assert.Equal("billing/invoices", conflict.Text("heldBy"));
        Assert.Contains("billing/invoices", plan.Error);

        Assert.Equal(3, deploy.ExitCode);
        Assert.Contains("nodePort 30007 of Service shop/my-nodeport-service Ports[0] (80/TCP) is already held by Service billing/invoices; nothing was deployed.", deploy.Error);
        var namespaces = await Kubectl.MustAsync(cluster.Kubeconfig, "get", "namespaces", "-o", "name");
        Assert.DoesNotContain("namespace/shop", namespaces);
        var managed = await Kubectl.MustAsync(cluster.Kubeconfig, "get", "services,deployments", "-A", "-l", "app.kubernetes.io/managed-by=infrasdk", "-o", "name");
        Assert.Equal("", managed.Trim());
    }

    [Fact]
    public async Task Ports_shows_who_holds_what_beside_the_claims()
    {
        await using var cluster = await TestCluster.StartAsync();
        await Kubectl.CreateForeignServiceAsync(cluster.Kubeconfig, "default", "invoices", "NodePort", 30007);

        var result = await cluster.RunAsync(ShopLike.Create(), "ports");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("default/invoices", result.Out);
        Assert.Contains("conflict: held by default/invoices", result.Out);
        Assert.Contains("30000-30085", result.Out);
        Assert.Contains("30086-32767", result.Out);
    }

    [Fact]
    public async Task A_nodePort_outside_the_range_is_refused_before_deploying()
    {
        await using var cluster = await TestCluster.StartAsync();

        var result = await cluster.RunAsync(ShopLike.Create(webNodePort: 40007), "deploy");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("nodePort 40007 of Service shop/my-nodeport-service Ports[0] (80/TCP) is outside the node-port range 30000-32767", result.Error);
    }
}
