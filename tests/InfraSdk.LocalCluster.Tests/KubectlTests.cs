using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>The real kubectl against a local cluster: what issue 4's "Done when" asks of it.</summary>
public sealed class KubectlTests : ClusterTest
{
    [Fact]
    public async Task Get_nodes_shows_three_ready_nodes_with_distinct_internal_ips()
    {
        var json = JsonNode.Parse(await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "nodes", "-o", "json"))!;

        var nodes = json["items"]!.AsArray();
        Assert.Equal(3, nodes.Count);
        Assert.All(nodes, node => Assert.Contains(node!["status"]!["conditions"]!.AsArray(), condition => (string?)condition!["type"] == "Ready" && (string?)condition["status"] == "True"));
        var internalIps = nodes.Select(node => (string?)node!["status"]!["addresses"]!.AsArray().Single(address => (string?)address!["type"] == "InternalIP")!["address"]).ToList();
        Assert.Equal(3, internalIps.Distinct().Count());
        Assert.Equal(Cluster.Nodes.Select(node => node.InternalIP.ToString()), internalIps);
    }

    [Fact]
    public async Task Server_side_apply_of_the_seed_succeeds_and_refuses_taken_and_out_of_range_node_ports()
    {
        var output = await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, SeedManifests.SeedDeployment + "\n---\n" + SeedManifests.SeedService, "apply", "--server-side", "--validate=false", "-f", "-");
        Assert.Contains("deployment.apps/my-web-app serverside-applied", output);
        Assert.Contains("service/my-nodeport-service serverside-applied", output);

        var taken = await Kubectl.RunWithInputAsync(Cluster.KubeconfigPath, SeedManifests.NodePortService("second", 30007), "apply", "--server-side", "--validate=false", "-f", "-");
        Assert.NotEqual(0, taken.ExitCode);
        Assert.Contains("Service \"second\" is invalid: spec.ports[0].nodePort: Invalid value: 30007: provided port is already allocated", taken.Error);

        var outside = await Kubectl.RunWithInputAsync(Cluster.KubeconfigPath, SeedManifests.NodePortService("third", 40000), "apply", "--server-side", "--validate=false", "-f", "-");
        Assert.NotEqual(0, outside.ExitCode);
        Assert.Contains("Service \"third\" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767", outside.Error);
    }

    [Fact]
    public async Task Server_side_apply_over_a_client_side_apply_names_the_conflicting_field_and_manager()
    {
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, SeedManifests.SeedDeployment, "apply", "--validate=false", "-f", "-");
        var scaled = SeedManifests.SeedDeployment.Replace("replicas: 3", "replicas: 5");

        var conflict = await Kubectl.RunWithInputAsync(Cluster.KubeconfigPath, scaled, "apply", "--server-side", "-f", "-");
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, scaled, "apply", "--server-side", "--force-conflicts", "-f", "-");

        Assert.NotEqual(0, conflict.ExitCode);
        Assert.Contains("Apply failed with 1 conflict: conflict with \"kubectl-client-side-apply\" using apps/v1: .spec.replicas", conflict.Error);
        Assert.Equal("5", await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "deployment", "my-web-app", "-o", "jsonpath={.spec.replicas}"));
    }

    [Fact]
    public async Task Get_prints_the_API_server_columns()
    {
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, SeedManifests.SeedDeployment + "\n---\n" + SeedManifests.SeedService, "apply", "--server-side", "-f", "-");

        var services = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "services");
        var deployments = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "deployments");
        var nodes = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "nodes", "-o", "wide");

        Assert.Matches(@"my-nodeport-service\s+NodePort\s+10\.\d+\.\d+\.\d+\s+<none>\s+80:30007/TCP", services);
        Assert.Matches(@"my-web-app\s+3/3\s+3\s+3", deployments);
        var all = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "all");
        Assert.Contains("service/my-nodeport-service", all);
        Assert.Contains("deployment.apps/my-web-app", all);
        Assert.All(Cluster.Nodes, node => Assert.Matches($@"{node.Name}\s+Ready\s+<none>\s+\S+\s+v1\.32\.0\s+{node.InternalIP}", nodes));
    }

    [Fact]
    public async Task Deleting_a_namespace_with_kubectl_deletes_what_it_holds_and_frees_its_nodePorts()
    {
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n", "apply", "--server-side", "-f", "-");
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, SeedManifests.SeedService.Replace("namespace: default", "namespace: shop"), "apply", "--server-side", "-f", "-");

        await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "delete", "namespace", "shop");
        var reused = await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, SeedManifests.SeedService, "apply", "--server-side", "-f", "-");

        Assert.Contains("service/my-nodeport-service serverside-applied", reused);
        var gone = await Kubectl.RunAsync(Cluster.KubeconfigPath, "get", "services", "-n", "shop", "-o", "name");
        Assert.Equal("", gone.Output.Trim());
    }

    [Fact]
    public async Task Json_merge_and_strategic_merge_patches_from_kubectl_change_the_object()
    {
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, SeedManifests.SeedDeployment, "apply", "--server-side", "-f", "-");

        await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "patch", "deployment", "my-web-app", "--type=json", "-p", """[{"op":"replace","path":"/spec/replicas","value":1},{"op":"add","path":"/metadata/labels/tier","value":"front"}]""");
        await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "patch", "deployment", "my-web-app", "--type=merge", "-p", """{"metadata":{"labels":{"team":"shop"}}}""");
        await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "patch", "deployment", "my-web-app", "-p", """{"spec":{"replicas":2}}""");

        Assert.Equal("2 front shop", await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "deployment", "my-web-app", "-o", "jsonpath={.spec.replicas} {.metadata.labels.tier} {.metadata.labels.team}"));
    }
}
