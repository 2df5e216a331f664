using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.Deploy.Topology;
using k8s;

namespace InfraSdk.Deploy.Tests;

/// <summary>Kinds reach the cluster through one generic path; the kinds a topology applied are recorded for prune and destroy.</summary>
public sealed class GenericKindsTests
{
    [Fact]
    public async Task Deploy_records_the_applied_kinds_on_the_owned_namespace()
    {
        await using var cluster = await TestCluster.StartAsync();

        var deployed = await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s");

        Assert.True(deployed.ExitCode == 0, deployed.ToString());
        using var client = cluster.Client();
        var ns = await client.CoreV1.ReadNamespaceAsync(ShopLike.Namespace);
        Assert.Equal("Deployment.apps,Service", ns.Metadata.Annotations["infrasdk.io/applied-kinds"]);
    }

    [Fact]
    public async Task A_kind_the_topology_no_longer_declares_is_pruned_and_its_kind_then_dropped_from_the_record()
    {
        await using var cluster = await TestCluster.StartAsync();
        var full = ShopLike.Create().With(ExtraObjects.PinnedClusterIp("pinned", "10.96.0.200"));
        Assert.Equal(0, (await cluster.RunAsync(full, "deploy", "--probe-timeout", "1s")).ExitCode);
        var withoutDeployments = ShopLike.Create().Without("Deployment", "my-web-app").Without("Deployment", "syslog");

        var pruned = await cluster.RunAsync(withoutDeployments, "deploy", "--prune", "--timeout", "1s", "--output", "json", "--probe-timeout", "1s");

        var changes = JsonReport.Parse(pruned).Items("changes").Where(c => c.Text("action") == "prune").Select(c => $"{c.Text("kind")} {c.Text("name")}").Order();
        Assert.Equal(["Deployment my-web-app", "Deployment syslog", "Service pinned"], changes);
        using var client = cluster.Client();
        Assert.Empty((await client.AppsV1.ListNamespacedDeploymentAsync(ShopLike.Namespace)).Items);
    }

    [Fact]
    public async Task Finding_owned_objects_costs_one_list_per_kind_to_look_at_and_one_discovery_document_per_group_version()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s")).ExitCode);
        const string Owned = "?labelSelector=app.kubernetes.io/managed-by=infrasdk&watch=false";

        var declared = await OwnedRequestsAsync(cluster, ShopLike.Create());
        var withoutDeployments = await OwnedRequestsAsync(cluster, ShopLike.Create().Without("Deployment", "my-web-app").Without("Deployment", "syslog"));

        Assert.Equal(
            ["GET /api/v1", $"GET /api/v1/namespaces{Owned}", "GET /apis/apps/v1", $"GET /apis/apps/v1/deployments{Owned}", $"GET /api/v1/services{Owned}"],
            declared);
        Assert.Equal(
            ["GET /api/v1", $"GET /api/v1/namespaces{Owned}", "GET /apis/", "GET /apis/apps/v1", $"GET /api/v1/services{Owned}", $"GET /apis/apps/v1/deployments{Owned}"],
            withoutDeployments);
    }

    private static async Task<IReadOnlyList<string>> OwnedRequestsAsync(TestCluster cluster, TopologyManifests topology)
    {
        var log = new RequestLog();
        using var client = new k8s.Kubernetes(cluster.Cluster.ClientConfiguration, log);
        var api = new ClusterApi(client, new ApiResilience(Cli.FastRetries, _ => { }, (_, _) => Task.FromResult(false)));
        var owned = await OwnedObjects.ReadAsync(api, DesiredTopology.From([topology]), CancellationToken.None);
        Assert.Contains(owned.Objects.Keys, key => key.Kind == "Deployment");
        return log.Requests;
    }

    [Fact]
    public async Task A_manifest_of_a_kind_without_a_model_is_refused_in_one_sentence()
    {
        var topology = new TopologyManifests("Odd", "odd", [new Manifest("Widget", "w", "odd", "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n")]);

        var result = await Cli.RunAsync(topology, "plan", "--local");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: InfraSdk cannot read Widget odd/w: KubernetesClient has no model for its apiVersion and kind (The given key 'example.com/v1/Widget' was not present in the dictionary).", result.Error.Trim());
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task A_kind_the_cluster_does_not_serve_stops_deploy_before_anything_is_written()
    {
        await using var cluster = await TestCluster.StartAsync();
        var lease = new k8s.Models.V1Lease { ApiVersion = "coordination.k8s.io/v1", Kind = "Lease", Metadata = new k8s.Models.V1ObjectMeta { Name = "leader" } };

        var result = await cluster.RunAsync(ShopLike.Create().With(lease), "deploy", "--output", "json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("The cluster does not serve Lease in coordination.k8s.io/v1; InfraSdk cannot apply it there.", JsonReport.Parse(result).Text("error"));
        Assert.DoesNotContain("namespace/shop", await Kubectl.MustAsync(cluster.Kubeconfig, "get", "namespaces", "-o", "name"));
    }

    [Fact]
    public async Task A_removed_network_policy_is_pruned_with_prune_and_deleted_by_destroy()
    {
        await using var cluster = await TestCluster.StartAsync();
        var withPolicy = ShopLike.Create().With(ExtraObjects.DenyAllIngress("deny-all"), ExtraObjects.ConfigMap("settings", "a"));
        Assert.Equal(0, (await cluster.RunAsync(withPolicy, "deploy", "--probe-timeout", "1s")).ExitCode);
        var plain = ShopLike.Create().With(ExtraObjects.ConfigMap("settings", "a"));

        var kept = await cluster.RunAsync(plain, "deploy", "--probe-timeout", "1s");
        var pruned = await cluster.RunAsync(plain, "deploy", "--prune", "--output", "json", "--probe-timeout", "1s");

        Assert.Equal(0, kept.ExitCode);
        Assert.True(pruned.ExitCode == 0, pruned.ToString());
        Assert.Equal("deny-all", Assert.Single(JsonReport.Parse(pruned).Items("changes"), c => c.Text("action") == "prune").Text("name"));
        using var client = cluster.Client();
        Assert.Empty((await client.NetworkingV1.ListNamespacedNetworkPolicyAsync(ShopLike.Namespace)).Items);

        Assert.Equal(0, (await cluster.RunAsync(withPolicy, "deploy", "--probe-timeout", "1s")).ExitCode);
        var destroyed = await cluster.RunAsync(ShopLike.Create(), "destroy", "--yes", "--output", "json");

        Assert.True(destroyed.ExitCode == 0, destroyed.ToString());
        Assert.Contains(JsonReport.Parse(destroyed).Items("changes"), c => c.Text("kind") == "NetworkPolicy" && c.Text("action") == "delete");
        Assert.DoesNotContain("namespace/shop", await Kubectl.MustAsync(cluster.Kubeconfig, "get", "namespaces", "-o", "name"));
    }

    [Fact]
    public async Task A_config_map_is_applied_before_the_deployments_and_a_redeploy_plans_it_unchanged()
    {
        await using var cluster = await TestCluster.StartAsync();
        var topology = ShopLike.Create().With(ExtraObjects.ConfigMap("settings", "a"));

        var deployed = await cluster.RunAsync(topology, "deploy", "--output", "json", "--probe-timeout", "1s");
        var plan = await cluster.RunAsync(topology, "plan", "--output", "json");
        var changed = await cluster.RunAsync(ShopLike.Create().With(ExtraObjects.ConfigMap("settings", "b")), "plan", "--output", "json");

        Assert.True(deployed.ExitCode == 0, deployed.ToString());
        var kinds = JsonReport.Parse(deployed).Items("changes").Select(c => c.Text("kind")).Distinct();
        Assert.Equal(["Namespace", "ConfigMap", "Deployment", "Service"], kinds);
        Assert.All(JsonReport.Parse(plan).Items("changes"), c => Assert.Equal("unchanged", c.Text("action")));
        var update = Assert.Single(JsonReport.Parse(changed).Items("changes"), c => c.Text("action") == "update");
        Assert.Equal("data.setting", Assert.Single(update.Items("fields")).Text("path"));
    }
}
