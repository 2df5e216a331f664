using System.Net;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Tests.DataPlane;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>Two nodes of two pods each: what does not fit stays Pending, and the Deployment's status says so.</summary>
public sealed class PodCapacityApiTests : ClusterTest
{
    private const string DeploymentsPath = "/apis/apps/v1/namespaces/default/deployments";

    protected override LocalClusterOptions Options => new() { Nodes = 2, MaxPodsPerNode = 2 };

    [Fact]
    public async Task Replicas_beyond_capacity_are_pending_with_the_schedulers_reason_and_the_rest_serve()
    {
        await CreateAsync(Web("web", replicas: 5));
        var exposed = await Api.PostAsync("/api/v1/namespaces/default/services",
            """{"apiVersion":"v1","kind":"Service","metadata":{"name":"web"},"spec":{"type":"NodePort","selector":{"app":"web"},"ports":[{"port":80,"targetPort":8080,"nodePort":30081}]}}""");
        Assert.Equal(HttpStatusCode.Created, exposed.Status);

        var status = (await Api.GetAsync($"{DeploymentsPath}/web")).Body!["status"]!;
        var failure = status["conditions"]!.AsArray().Single(condition => (string?)condition!["type"] == "ReplicaFailure")!;

        Assert.Equal((5, 4, 1), ((long?)status["replicas"], (long?)status["readyReplicas"], (long?)status["unavailableReplicas"]));
        Assert.Equal(("True", "FailedScheduling"), ((string?)failure["status"], (string?)failure["reason"]));
        Assert.Contains("1 of 5 pods are Pending: 0/2 nodes are available: 2 Too many pods", (string?)failure["message"]);
        Assert.Equal(ConnectOutcome.Connected, await NodeProbe.ConnectAsync(new IPEndPoint(Cluster.Nodes[0].InternalIP, 30081)));
    }

    [Fact]
    public async Task Kubectl_shows_the_pending_replicas_and_the_schedulers_reason()
    {
        await CreateAsync(Web("web", replicas: 5));

        var get = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "deployment", "web", "--no-headers");
        var describe = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "describe", "deployment", "web");

        Assert.Contains("4/5", get);
        Assert.Contains("ReplicaFailure", describe);
        Assert.Contains("FailedScheduling", describe);
    }

    [Fact]
    public async Task A_pending_replica_runs_once_another_deployment_is_deleted()
    {
        await CreateAsync(Web("first", replicas: 3));
        await CreateAsync(Web("second", replicas: 2));

        Assert.Equal(1L, (long?)(await Api.GetAsync($"{DeploymentsPath}/second")).Body!["status"]!["readyReplicas"]);
        Assert.Equal(HttpStatusCode.OK, (await Api.DeleteAsync($"{DeploymentsPath}/first")).Status);

        var status = (await Api.GetAsync($"{DeploymentsPath}/second")).Body!["status"]!;
        Assert.Equal(2L, (long?)status["readyReplicas"]);
        Assert.DoesNotContain(status["conditions"]!.AsArray(), condition => (string?)condition!["type"] == "ReplicaFailure");
    }

    private async Task CreateAsync(string deployment)
    {
        var created = await Api.PostAsync(DeploymentsPath, deployment);
        Assert.True(created.Status == HttpStatusCode.Created, created.Message);
    }

    private static string Web(string name, int replicas) => new JsonObject
    {
        ["apiVersion"] = "apps/v1",
        ["kind"] = "Deployment",
        ["metadata"] = new JsonObject { ["name"] = name },
        ["spec"] = new JsonObject
        {
            ["replicas"] = replicas,
            ["selector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = name } },
            ["template"] = new JsonObject
            {
                ["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["app"] = name } },
                ["spec"] = new JsonObject
                {
                    ["containers"] = new JsonArray(new JsonObject
                    {
                        ["name"] = "web",
                        ["image"] = "nginx:1.27",
                        ["ports"] = new JsonArray(new JsonObject { ["containerPort"] = 8080 }),
                    }),
                },
            },
        },
    }.ToJsonString();
}
