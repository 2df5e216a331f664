using System.Text.RegularExpressions;
using InfraSdk.LocalCluster.Tests.Infrastructure;
using k8s;
using k8s.Models;

namespace InfraSdk.LocalCluster.Tests.Watch;

/// <summary>The real kubectl's watching commands against a local cluster: get -w, wait and rollout status.</summary>
public sealed class WatchKubectlTests : ClusterTest
{
    [Fact]
    public async Task Get_services_watch_prints_the_list_then_each_change_until_its_timeout()
    {
        await Client.CoreV1.CreateNamespacedServiceAsync(Objects.NodePortService("web", Objects.Port("http", 80)), "default");

        var watching = Kubectl.RunAsync(Cluster.KubeconfigPath, "get", "services", "-w", "--request-timeout=4s");
        await ChangeUntilDoneAsync(watching, step => LabelServiceAsync("web", step));
        var result = await watching;

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE", result.Output);
        Assert.True(Regex.Matches(result.Output, @"^web\s+NodePort\s+10\.", RegexOptions.Multiline).Count >= 2, $"Expected the list's row and at least one watched change:\n{result.Output}");
        Assert.Single(Regex.Matches(result.Output, "^NAME", RegexOptions.Multiline));
    }

    [Fact]
    public async Task Get_watch_with_watch_events_prints_ADDED_then_MODIFIED()
    {
        await Client.CoreV1.CreateNamespacedServiceAsync(Objects.NodePortService("web", Objects.Port("http", 80)), "default");

        var watching = Kubectl.RunAsync(Cluster.KubeconfigPath, "get", "services", "web", "-w", "--output-watch-events", "-o", "jsonpath={.type} {.object.metadata.name}{\"\\n\"}", "--request-timeout=4s");
        await ChangeUntilDoneAsync(watching, step => LabelServiceAsync("web", step));
        var lines = (await watching).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("ADDED web", lines[0]);
        Assert.Contains("MODIFIED web", lines);
        Assert.DoesNotContain(lines, line => line.Contains("kubernetes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wait_for_a_field_returns_once_a_change_sets_it()
    {
        await Client.CoreV1.CreateNamespacedServiceAsync(Objects.NodePortService("web", Objects.Port("http", 80)), "default");

        var waiting = Kubectl.RunAsync(Cluster.KubeconfigPath, "wait", "service/web", "--for=jsonpath={.metadata.labels.ready}=yes", "--timeout=15s");
        await ChangeUntilDoneAsync(waiting, step => LabelServiceAsync("web", step, ready: step >= 3 ? "yes" : "no"));
        var result = await waiting;

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("service/web condition met", result.Output);
    }

    [Fact]
    public async Task Get_pods_watch_prints_the_pods_a_scale_up_adds_until_its_timeout()
    {
        await Client.AppsV1.CreateNamespacedDeploymentAsync(Objects.Deployment("web", 1), "default");

        var watching = Kubectl.RunAsync(Cluster.KubeconfigPath, "get", "pods", "-w", "--request-timeout=4s");
        await ChangeUntilDoneAsync(watching, step => Client.AppsV1.PatchNamespacedDeploymentScaleAsync(
            new V1Patch($$$"""{"spec":{"replicas":{{{Math.Min(step + 2, 6)}}}}}""", V1Patch.PatchType.MergePatch), "web", "default"));
        var result = await watching;

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE", result.Output);
        var pods = Regex.Matches(result.Output, @"^(web-[a-z0-9]+-[a-z0-9]+)\s", RegexOptions.Multiline).Select(match => match.Groups[1].Value).Distinct().ToList();
        Assert.True(pods.Count >= 2, $"Expected the listed pod and at least one the scale-up added:\n{result.Output}");
    }

    [Fact]
    public async Task Rollout_status_waits_for_a_new_rollout_to_finish()
    {
        await Client.AppsV1.CreateNamespacedDeploymentAsync(Objects.Deployment("web", 2), "default");
        await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "rollout", "status", "deployment/web", "--timeout=15s");

        await Client.AppsV1.PatchNamespacedDeploymentAsync(new V1Patch("""{"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.28"}]}}}}""", V1Patch.PatchType.StrategicMergePatch), "web", "default");
        var rollout = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "rollout", "status", "deployment/web", "--timeout=15s");
        var image = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "get", "deployment", "web", "-o", "jsonpath={.status.updatedReplicas}/{.status.readyReplicas}");

        Assert.Contains("deployment \"web\" successfully rolled out", rollout);
        Assert.Equal("2/2", image);
    }

    [Fact]
    public async Task Rollout_status_and_wait_for_Available_finish_for_a_deployment()
    {
        await Client.AppsV1.CreateNamespacedDeploymentAsync(Objects.Deployment("web", 2), "default");

        var rollout = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "rollout", "status", "deployment/web", "--timeout=15s");
        var available = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "wait", "deployment/web", "--for=condition=Available", "--timeout=15s");

        Assert.Contains("deployment \"web\" successfully rolled out", rollout);
        Assert.Contains("deployment.apps/web condition met", available);
    }

    /// <summary>Changes an object every 200 ms (at most 50 times) until the watching kubectl has finished, so that changes land after its list.</summary>
    private static async Task ChangeUntilDoneAsync(Task watching, Func<int, Task> change)
    {
        for (var step = 0; step < 50 && !watching.IsCompleted; step++)
        {
            await change(step);
            await Task.WhenAny(watching, Task.Delay(200));
        }
    }

    private Task LabelServiceAsync(string name, int step, string ready = "no") =>
        Client.CoreV1.PatchNamespacedServiceAsync(new V1Patch($$$$"""{"metadata":{"labels":{"step":"{{{{step}}}}","ready":"{{{{ready}}}}"}}}""", V1Patch.PatchType.MergePatch), name, "default");
}
