using System.Net;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Tests.DataPlane;
using InfraSdk.LocalCluster.Tests.Infrastructure;
using k8s;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>The control plane driving the data plane: what kubectl applies answers on every node, faults through annotations.</summary>
public sealed class NodePortIntegrationTests : ClusterTest
{
    [Fact]
    public async Task Every_node_answers_on_30007_with_the_pod_json_and_a_dropped_node_times_out()
    {
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, SeedManifests.SeedDeployment + "\n---\n" + SeedManifests.SeedService, "apply", "--server-side", "-f", "-");

        foreach (var node in Cluster.Nodes)
        {
            var answer = await NodeProbe.GetAsync(new IPEndPoint(node.InternalIP, 30007));
            Assert.Equal("default/my-web-app", answer.Deployment);
            Assert.StartsWith("my-web-app-", answer.Pod);
        }

        var dropped = Cluster.Nodes[1];
        await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "annotate", "node", dropped.Name, "infrasdk.io/fault=drop");

        Assert.Equal(ConnectOutcome.TimedOut, await NodeProbe.ConnectAsync(new IPEndPoint(dropped.InternalIP, 30007)));
        foreach (var node in Cluster.Nodes.Where(node => node != dropped))
        {
            Assert.Equal(ConnectOutcome.Connected, await NodeProbe.ConnectAsync(new IPEndPoint(node.InternalIP, 30007)));
        }

        await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "annotate", "node", dropped.Name, "infrasdk.io/fault-");
        Assert.Equal(ConnectOutcome.Connected, await NodeProbe.ConnectAsync(new IPEndPoint(dropped.InternalIP, 30007)));
    }

    [Fact]
    public async Task Endpoints_and_Deployment_status_follow_the_ready_pods()
    {
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, SeedManifests.SeedDeployment + "\n---\n" + SeedManifests.SeedService, "apply", "--server-side", "-f", "-");

        var deployment = await Client.ReadNamespacedDeploymentAsync("my-web-app", "default");
        var endpoints = JsonNode.Parse(await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "endpoints", "my-nodeport-service", "-o", "json"))!;

        Assert.Equal(3, deployment.Status.ReadyReplicas);
        Assert.Equal(3, deployment.Status.AvailableReplicas);
        Assert.Equal(1, deployment.Status.ObservedGeneration);
        Assert.Contains(deployment.Status.Conditions, condition => condition.Type == "Available" && condition.Status == "True");
        var subset = endpoints["subsets"]![0]!;
        Assert.Equal(3, subset["addresses"]!.AsArray().Count);
        Assert.Equal(8080, (int?)subset["ports"]![0]!["port"]);
    }

    [Fact]
    public async Task Scaling_to_zero_empties_the_endpoints_and_the_nodePort_refuses()
    {
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, SeedManifests.SeedDeployment + "\n---\n" + SeedManifests.SeedService, "apply", "--server-side", "-f", "-");

        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, SeedManifests.SeedDeployment.Replace("replicas: 3", "replicas: 0"), "apply", "--server-side", "-f", "-");

        var endpoints = await Client.ReadNamespacedEndpointsAsync("my-nodeport-service", "default");
        Assert.Null(endpoints.Subsets);
        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(new IPEndPoint(Cluster.Nodes[0].InternalIP, 30007)));
    }

    [Fact]
    public async Task Two_clusters_at_once_both_serve_30007_on_their_own_addresses()
    {
        await using var other = await LocalCluster.StartAsync(new LocalClusterOptions { Nodes = 1 });
        foreach (var cluster in new[] { Cluster, other })
        {
            await Kubectl.SucceedWithInputAsync(cluster.KubeconfigPath, SeedManifests.SeedDeployment + "\n---\n" + SeedManifests.SeedService, "apply", "--server-side", "-f", "-");
        }

        Assert.DoesNotContain(other.Nodes[0].InternalIP, Cluster.Nodes.Select(node => node.InternalIP));
        Assert.Equal("default/my-web-app", (await NodeProbe.GetAsync(new IPEndPoint(other.Nodes[0].InternalIP, 30007))).Deployment);
        Assert.Equal("default/my-web-app", (await NodeProbe.GetAsync(new IPEndPoint(Cluster.Nodes[0].InternalIP, 30007))).Deployment);
    }
}
