using System.Net;
using InfraSdk.LocalCluster.Tests.Infrastructure;
using k8s;
using k8s.Models;

namespace InfraSdk.LocalCluster.Tests.Workloads;

/// <summary>Pod logs, the /status and /scale subresources, Endpoints and EndpointSlices, and Events through the REST API.</summary>
public sealed class WorkloadApiTests : ClusterTest
{
    private const string Ns = "default";

    [Fact]
    public async Task A_pods_log_lists_the_requests_it_served_and_follow_streams_new_ones_until_the_pod_stops()
    {
        var pod = await RunWebAsync(replicas: 1);
        var address = pod.Status.PodIP;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await http.GetStringAsync($"http://{address}:8080/first");

        var log = await Kubectl.SucceedAsync(Cluster.KubeconfigPath, "logs", pod.Metadata.Name);
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var followed = await Client.CoreV1.ReadNamespacedPodLogAsync(pod.Metadata.Name, Ns, follow: true, cancellationToken: bounded.Token);
        using var reader = new StreamReader(followed);
        string? line;
        do
        {
            line = await reader.ReadLineAsync(bounded.Token);
        }
        while (line is not null && !line.Contains("/first", StringComparison.Ordinal));

        await http.GetStringAsync($"http://{address}:8080/second");
        var streamed = await reader.ReadLineAsync(bounded.Token);
        await Client.CoreV1.DeleteNamespacedPodAsync(pod.Metadata.Name, Ns, cancellationToken: bounded.Token);
        var afterStop = await reader.ReadToEndAsync(bounded.Token);

        Assert.Contains($"listening on {address}:8080/TCP", log);
        Assert.Contains("\"GET /first HTTP/1.1\" 200", log);
        Assert.Contains("\"GET /second HTTP/1.1\" 200", streamed);
        Assert.Equal("", afterStop);
    }

    [Fact]
    public async Task The_log_of_a_pending_pod_or_a_missing_container_is_refused()
    {
        var pod = await RunWebAsync(replicas: 1);

        var wrongContainer = await Kubectl.RunAsync(Cluster.KubeconfigPath, "logs", pod.Metadata.Name, "-c", "sidecar");
        var missing = await Kubectl.RunAsync(Cluster.KubeconfigPath, "logs", "web-none");

        Assert.Contains($"container sidecar is not valid for pod {pod.Metadata.Name}", wrongContainer.Error);
        Assert.Contains("pods \"web-none\" not found", missing.Error);
    }

    [Fact]
    public async Task Scale_reads_and_writes_the_replicas_and_status_writes_only_the_status()
    {
        await RunWebAsync(replicas: 2);

        var scale = await Client.AppsV1.ReadNamespacedDeploymentScaleAsync("web", Ns);
        var patched = await Client.AppsV1.PatchNamespacedDeploymentScaleAsync(new V1Patch("""{"spec":{"replicas":3}}""", V1Patch.PatchType.MergePatch), "web", Ns);
        var pods = await Client.CoreV1.ListNamespacedPodAsync(Ns, labelSelector: "app=web");
        var deployment = await Client.AppsV1.ReadNamespacedDeploymentAsync("web", Ns);
        deployment.Status.Conditions = [new V1DeploymentCondition { Type = "Custom", Status = "True", Reason = "Tested" }];
        deployment.Spec.Replicas = 9;
        var statusWritten = await Client.AppsV1.ReplaceNamespacedDeploymentStatusAsync(deployment, "web", Ns);

        Assert.Equal((2, 2, "app=web"), (scale.Spec.Replicas, scale.Status.Replicas, scale.Status.Selector));
        Assert.Equal(3, patched.Spec.Replicas);
        Assert.Equal(3, pods.Items.Count);
        Assert.Equal(3, statusWritten.Spec.Replicas);
        Assert.Equal("Tested", statusWritten.Status.Conditions.Single().Reason);
    }

    [Fact]
    public async Task Endpoints_and_endpointslices_list_the_ready_pods_of_a_service()
    {
        await RunWebAsync(replicas: 2);
        var pods = await Client.CoreV1.ListNamespacedPodAsync(Ns, labelSelector: "app=web");

        var endpoints = await Client.CoreV1.ReadNamespacedEndpointsAsync("web", Ns);
        var slice = (await Client.DiscoveryV1.ListNamespacedEndpointSliceAsync(Ns, labelSelector: "kubernetes.io/service-name=web")).Items.Single();
        var writeRefused = await Api.PatchAsync($"/apis/discovery.k8s.io/v1/namespaces/{Ns}/endpointslices/{slice.Metadata.Name}", "{}", "application/merge-patch+json");

        var addresses = pods.Items.Select(pod => pod.Status.PodIP).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(addresses, endpoints.Subsets.Single().Addresses.Select(address => address.Ip).Order(StringComparer.Ordinal));
        Assert.Equal(addresses, slice.Endpoints.Select(endpoint => endpoint.Addresses.Single()).Order(StringComparer.Ordinal));
        Assert.All(slice.Endpoints, endpoint => Assert.True(endpoint.Conditions.Ready));
        Assert.Equal(8080, slice.Ports.Single().Port);
        Assert.Equal(("Service", "web"), (slice.Metadata.OwnerReferences.Single().Kind, slice.Metadata.OwnerReferences.Single().Name));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, writeRefused.Status);

        await Client.CoreV1.DeleteNamespacedServiceAsync("web", Ns);
        Assert.Empty((await Client.DiscoveryV1.ListNamespacedEndpointSliceAsync(Ns, labelSelector: "kubernetes.io/service-name=web")).Items);
        Assert.DoesNotContain((await Client.CoreV1.ListNamespacedEndpointsAsync(Ns)).Items, item => item.Metadata.Name == "web");
    }

    [Fact]
    public async Task Events_filter_by_involved_object_in_both_api_versions()
    {
        var pod = await RunWebAsync(replicas: 1);
        var selector = $"involvedObject.name={pod.Metadata.Name},involvedObject.namespace={Ns},involvedObject.uid={pod.Metadata.Uid}";

        var core = await Client.CoreV1.ListNamespacedEventAsync(Ns, fieldSelector: selector);
        var newer = await Client.EventsV1.ListNamespacedEventAsync(Ns, fieldSelector: $"regarding.name={pod.Metadata.Name}");
        var refused = await Api.GetAsync($"/api/v1/namespaces/{Ns}/events?fieldSelector=spec.nodeName%3Dnode-1");

        Assert.Equal(["Scheduled", "Started"], core.Items.Select(item => item.Reason));
        Assert.All(core.Items, item => Assert.Equal(("Pod", pod.Metadata.Uid), (item.InvolvedObject.Kind, item.InvolvedObject.Uid)));
        Assert.Equal(["Scheduled", "Started"], newer.Items.Select(item => item.Reason));
        Assert.Equal($"Successfully assigned {Ns}/{pod.Metadata.Name} to {pod.Spec.NodeName}", newer.Items[0].Note);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
    }

    /// <summary>Creates the web Deployment and Service; returns one of its pods.</summary>
    private async Task<V1Pod> RunWebAsync(int replicas)
    {
        await Kubectl.SucceedWithInputAsync(Cluster.KubeconfigPath, WebManifest.Deployment(replicas), "apply", "-f", "-");
        return (await Client.CoreV1.ListNamespacedPodAsync(Ns, labelSelector: "app=web")).Items.First();
    }
}
