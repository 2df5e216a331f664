using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

public sealed class KubeconfigDeployTests
{
    [Fact]
    public async Task Deploy_creates_labelled_objects_and_a_second_deploy_and_plan_change_nothing()
    {
        await using var cluster = await TestCluster.StartAsync();

        var first = await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s");
        Assert.True(first.ExitCode == 0, first.ToString());

        var services = await Kubectl.MustAsync(cluster.Kubeconfig, "get", "services", "-n", "shop", "-l", "app.kubernetes.io/managed-by=infrasdk",
            "-o", "jsonpath={range .items[*]}{.metadata.name}={.metadata.labels.infrasdk\\.io/topology} {end}");
        Assert.Equal(["my-nodeport-service=ShopTopology", "my-web-internal=ShopTopology", "syslog-udp=ShopTopology"], services.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order());
        var deployments = await Kubectl.MustAsync(cluster.Kubeconfig, "get", "deployments", "-n", "shop", "-l", "app.kubernetes.io/managed-by=infrasdk", "-o", "name");
        Assert.Equal(["deployment.apps/my-web-app", "deployment.apps/syslog"], deployments.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order());

        var second = await cluster.RunAsync(ShopLike.Create(), "deploy", "--output", "json", "--probe-timeout", "1s");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.All(JsonReport.Parse(second).Items("changes"), change => Assert.Equal("unchanged", change.Text("action")));
        Assert.Equal(6, JsonReport.Parse(second).Items("changes").Count());

        var plan = await cluster.RunAsync(ShopLike.Create(), "plan", "--output", "json");
        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.All(JsonReport.Parse(plan).Items("changes"), change => Assert.Equal("unchanged", change.Text("action")));
    }

    [Fact]
    public async Task Plan_shows_a_field_level_diff_for_an_update()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s")).ExitCode);

        var plan = await cluster.RunAsync(ShopLike.Create(webNodePort: 30010), "plan", "--output", "json");

        Assert.True(plan.ExitCode == 0, plan.ToString());
        var update = Assert.Single(JsonReport.Parse(plan).Items("changes"), c => c.Text("action") == "update");
        Assert.Equal("my-nodeport-service", update.Text("name"));
        var field = Assert.Single(update.Items("fields"));
        Assert.Equal("spec.ports[0].nodePort", field.Text("path"));
        Assert.Equal("30007", field.Text("before"));
        Assert.Equal("30010", field.Text("after"));
        Assert.Contains("spec.ports[0].nodePort: 30007 -> 30010", plan.Error);
    }

    [Fact]
    public async Task Dry_run_stores_nothing()
    {
        await using var cluster = await TestCluster.StartAsync();

        var result = await cluster.RunAsync(ShopLike.Create(), "deploy", "--dry-run", "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(JsonReport.Parse(result).Items("changes"), change => Assert.Equal("create", change.Text("action")));
        var namespaces = await Kubectl.MustAsync(cluster.Kubeconfig, "get", "namespaces", "-o", "name");
        Assert.DoesNotContain("namespace/shop", namespaces);
    }

    [Fact]
    public async Task On_a_terminal_the_live_display_runs_and_NO_COLOR_keeps_colour_out()
    {
        await using var cluster = await TestCluster.StartAsync();
        var env = new Dictionary<string, string> { ["NO_COLOR"] = "1" };

        var result = await Cli.RunAsync([ShopLike.Create()], ["deploy", "--kubeconfig", cluster.Kubeconfig, "--probe-timeout", "1s"], env, terminal: true);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("\u001b[3", result.Out);
        Assert.Contains("3/3 replicas ready", result.Out);
        Assert.Contains("reachable", result.Out);
    }
}
