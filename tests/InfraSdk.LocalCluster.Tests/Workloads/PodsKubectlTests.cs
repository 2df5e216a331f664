using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests.Workloads;

/// <summary>Pods and ReplicaSets through kubectl, as on a kind cluster: two nodes of three pods each.</summary>
public sealed class PodsKubectlTests : ClusterTest
{
    protected override LocalClusterOptions Options => new() { Nodes = 2, MaxPodsPerNode = 3 };

    [Fact]
    public async Task A_deployment_owns_a_replicaset_that_owns_running_pods_with_node_and_address()
    {
        await ApplyAsync(WebManifest.Deployment(replicas: 2));

        var wide = await KubectlAsync("get", "pods", "-o", "wide", "--no-headers");
        var replicaSet = Json(await KubectlAsync("get", "replicasets", "-o", "json"))["items"]!.AsArray().Single()!;
        var pods = Json(await KubectlAsync("get", "pods", "-o", "json"))["items"]!.AsArray().Select(pod => pod!).ToList();
        var deployment = Json(await KubectlAsync("get", "deployment", "web", "-o", "json"));

        var hash = (string)replicaSet["metadata"]!["labels"]!["pod-template-hash"]!;
        Assert.Equal($"web-{hash}", (string?)replicaSet["metadata"]!["name"]);
        AssertControlledBy(replicaSet, "Deployment", "web", (string)deployment["metadata"]!["uid"]!);
        Assert.Equal("1", (string?)deployment["metadata"]!["annotations"]!["deployment.kubernetes.io/revision"]);
        Assert.Equal("1", (string?)replicaSet["metadata"]!["annotations"]!["deployment.kubernetes.io/revision"]);
        Assert.Equal((2, 2, 2), ((int?)replicaSet["status"]!["replicas"], (int?)replicaSet["status"]!["readyReplicas"], (int?)replicaSet["status"]!["availableReplicas"]));
        Assert.Equal(2, pods.Count);
        Assert.Equal(2, pods.Select(pod => (string?)pod["spec"]!["nodeName"]).Distinct().Count());
        foreach (var pod in pods)
        {
            var status = pod["status"]!;
            Assert.StartsWith($"web-{hash}-", (string?)pod["metadata"]!["name"]);
            Assert.Equal(hash, (string?)pod["metadata"]!["labels"]!["pod-template-hash"]);
            AssertControlledBy(pod, "ReplicaSet", $"web-{hash}", (string)replicaSet["metadata"]!["uid"]!);
            Assert.Equal("Running", (string?)status["phase"]);
            Assert.Equal((string?)status["podIP"], (string?)status["podIPs"]![0]!["ip"]);
            Assert.Equal(Cluster.Nodes.Single(node => node.Name == (string?)pod["spec"]!["nodeName"]).InternalIP.ToString(), (string?)status["hostIP"]);
            Assert.Equal(
                ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"],
                status["conditions"]!.AsArray().Select(condition => (string?)condition!["type"]));
            Assert.All(status["conditions"]!.AsArray(), condition => Assert.Equal("True", (string?)condition!["status"]));
            var container = status["containerStatuses"]!.AsArray().Single()!;
            Assert.Equal((true, true, 0), ((bool?)container["ready"], (bool?)container["started"], (int?)container["restartCount"]));
            Assert.NotNull(container["state"]!["running"]!["startedAt"]);
            Assert.Matches($@"{pod["metadata"]!["name"]}\s+1/1\s+Running\s+0\s", wide);
            Assert.Contains((string)status["podIP"]!, wide);
        }
    }

    [Fact]
    public async Task Describe_pod_shows_its_controller_conditions_and_the_schedulers_event()
    {
        await ApplyAsync(WebManifest.Deployment(replicas: 1));
        var pod = (await KubectlAsync("get", "pods", "-o", "name")).Trim();

        var described = await KubectlAsync("describe", pod);

        Assert.Matches(@"Controlled By:\s+ReplicaSet/web-[a-z0-9]+", described);
        Assert.Matches(@"Node:\s+node-\d/127\.", described);
        Assert.Matches(@"Ready\s+True", described);
        Assert.Matches($@"Normal\s+Scheduled\s+.*default-scheduler\s+Successfully assigned default/{pod["pod/".Length..]} to node-\d", described);
    }

    [Fact]
    public async Task Scale_changes_the_pods_and_a_deleted_pod_is_replaced()
    {
        await ApplyAsync(WebManifest.Deployment(replicas: 2));

        Assert.Contains("deployment.apps/web scaled", await KubectlAsync("scale", "deployment", "web", "--replicas=4"));
        var scaled = PodNames(await KubectlAsync("get", "pods", "-o", "name"));
        await KubectlAsync("delete", scaled[0]);
        var replaced = PodNames(await KubectlAsync("get", "pods", "-o", "name"));

        Assert.Equal(4, scaled.Count);
        Assert.Equal(4, replaced.Count);
        Assert.DoesNotContain(scaled[0], replaced);
        Assert.Equal(4, PodNames(await KubectlAsync("get", "pods", "--field-selector=status.phase=Running", "-o", "name")).Count);
        Assert.Contains("4/4", await KubectlAsync("get", "deployment", "web", "--no-headers"));
        Assert.Equal(4, (await KubectlAsync("get", "endpointslices", "-l", "kubernetes.io/service-name=web", "-o", "jsonpath={.items[0].endpoints[*].addresses[0]}")).Split(' ').Length);
    }

    [Fact]
    public async Task Set_image_rolls_out_through_a_new_replicaset_within_max_surge_and_max_unavailable()
    {
        await ApplyAsync(WebManifest.Deployment(replicas: 4, maxSurge: "1", maxUnavailable: "1"));

        await KubectlAsync("set", "image", "deployment/web", "web=nginx:1.28");
        var replicaSets = Json(await KubectlAsync("get", "replicasets", "-o", "json"))["items"]!.AsArray().Select(item => item!).ToList();
        var events = Json(await KubectlAsync("get", "events", "--field-selector=involvedObject.kind=Deployment,involvedObject.name=web", "-o", "json"))["items"]!.AsArray();

        var current = replicaSets.Single(item => (int?)item["spec"]!["replicas"] == 4);
        var old = replicaSets.Single(item => (int?)item["spec"]!["replicas"] == 0);
        Assert.Equal("nginx:1.28", (string?)current["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]);
        Assert.Equal(("2", "1"), ((string?)current["metadata"]!["annotations"]!["deployment.kubernetes.io/revision"], (string?)old["metadata"]!["annotations"]!["deployment.kubernetes.io/revision"]));
        Assert.All(PodNames(await KubectlAsync("get", "pods", "-o", "name")), pod => Assert.StartsWith($"pod/{current["metadata"]!["name"]}-", pod));

        // Replay the controller's scaling steps: never more than 4 + 1 pods wanted, never fewer than 4 - 1.
        var wanted = new Dictionary<string, int>();
        var steps = events.Select(item => (string)item!["message"]!).Where(message => message.StartsWith("Scaled", StringComparison.Ordinal)).ToList();
        foreach (var step in steps)
        {
            var words = step.Split(' ');
            wanted[words[4]] = int.Parse(words[8], System.Globalization.CultureInfo.InvariantCulture);
            if (wanted.Count == 2)
            {
                Assert.InRange(wanted.Values.Sum(), 3, 5);
            }
        }

        Assert.True(steps.Count >= 4, string.Join("\n", steps));
        Assert.Equal((4, 0), (wanted[(string)current["metadata"]!["name"]!], wanted[(string)old["metadata"]!["name"]!]));
        Assert.Contains("successfully rolled out", await KubectlAsync("rollout", "status", "deployment/web", "--watch=false"));
    }

    [Fact]
    public async Task Pods_that_fit_no_node_are_pending_with_the_schedulers_reason()
    {
        await ApplyAsync(WebManifest.Deployment(replicas: 8));

        var pending = PodNames(await KubectlAsync("get", "pods", "--field-selector=status.phase=Pending", "-o", "name"));
        var table = await KubectlAsync("get", "pods", "--no-headers");
        var described = await KubectlAsync("describe", pending[0]);

        Assert.Equal(2, pending.Count);
        Assert.Equal(2, table.Split('\n').Count(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"\s0/1\s+Pending\s")));
        Assert.Matches(@"PodScheduled\s+False", described);
        Assert.Matches(@"Warning\s+FailedScheduling\s+.*default-scheduler\s+0/2 nodes are available: 2 Too many pods", described);
        Assert.Contains("6/8", await KubectlAsync("get", "deployment", "web", "--no-headers"));

        await KubectlAsync("scale", "deployment", "web", "--replicas=6");
        Assert.Empty(PodNames(await KubectlAsync("get", "pods", "--field-selector=status.phase=Pending", "-o", "name")));
    }

    [Fact]
    public async Task Describe_deployment_and_get_events_show_the_replicasets_and_their_scaling()
    {
        await ApplyAsync(WebManifest.Deployment(replicas: 2));

        var described = await KubectlAsync("describe", "deployment", "web");
        var events = await KubectlAsync("get", "events");
        var newer = await KubectlAsync("get", "events.v1.events.k8s.io", "-o", "jsonpath={.items[*].regarding.kind}");

        Assert.Matches(@"NewReplicaSet:\s+web-[a-z0-9]+ \(2/2 replicas created\)", described);
        Assert.Matches(@"Normal\s+ScalingReplicaSet\s+.*deployment-controller\s+Scaled up replica set web-[a-z0-9]+ from 0 to 2", described);
        Assert.Matches(@"Normal\s+SuccessfulCreate\s+replicaset/web-[a-z0-9]+\s+Created pod: web-", events);
        Assert.Contains("Deployment", newer);
        Assert.Contains("Pod", newer);
    }

    private async Task ApplyAsync(string manifest) =>
        Assert.Contains("deployment.apps/web", await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, manifest, "apply", "-f", "-"));

    private Task<string> KubectlAsync(params string[] arguments) => Kubectl.SucceedAsync(Cluster.KubeconfigPath, arguments);

    private static JsonNode Json(string text) => JsonNode.Parse(text)!;

    private static List<string> PodNames(string names) => [.. names.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static void AssertControlledBy(JsonNode obj, string kind, string name, string uid)
    {
        var owner = obj["metadata"]!["ownerReferences"]!.AsArray().Single()!;
        Assert.Equal((kind, name, uid, true, true), ((string?)owner["kind"], (string?)owner["name"], (string?)owner["uid"], (bool?)owner["controller"], (bool?)owner["blockOwnerDeletion"]));
    }
}
