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
        var output = await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, Manifests.SeedDeployment + "\n---\n" + Manifests.SeedService, "apply", "--server-side", "--validate=false", "-f", "-");
        Assert.Contains("deployment.apps/my-web-app serverside-applied", output);
        Assert.Contains("service/my-nodeport-service serverside-applied", output);

        var taken = await Kubectl.RunWithInputAsync(Cluster.KubeconfigPath, Manifests.NodePortService("second", 30007), "apply", "--server-side", "--validate=false", "-f", "-");
        Assert.NotEqual(0, taken.ExitCode);
        Assert.Contains("Service \"second\" is invalid: spec.ports[0].nodePort: Invalid value: 30007: provided port is already allocated", taken.Error);

        var outside = await Kubectl.RunWithInputAsync(Cluster.KubeconfigPath, Manifests.NodePortService("third", 40000), "apply", "--server-side", "--validate=false", "-f", "-");
        Assert.NotEqual(0, outside.ExitCode);
        Assert.Contains("Service \"third\" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767", outside.Error);
    }
}
