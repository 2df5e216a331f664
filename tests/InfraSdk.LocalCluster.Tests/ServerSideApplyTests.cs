using System.Net;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Tests.Infrastructure;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>Server-side apply through KubernetesClient: merging, ownership, conflicts and the nodePorts it keeps.</summary>
public sealed class ServerSideApplyTests : ClusterTest
{
    private const string Ns = "default";

    [Fact]
    public async Task Applying_without_nodePorts_keeps_the_allocated_ones_matched_by_port_name()
    {
        var first = await ApplyAsync(Objects.NodePortService("web", Objects.Port("http", 80), Objects.Port("admin", 81)));
        var allocated = first.Spec.Ports.ToDictionary(port => port.Name, port => port.NodePort);

        var again = await ApplyAsync(Objects.NodePortService("web", Objects.Port("admin", 81), Objects.Port("http", 80)));
        var renamed = await ApplyAsync(Objects.NodePortService("web", Objects.Port("http", 80), Objects.Port("metrics", 81)));

        Assert.All(again.Spec.Ports, port => Assert.Equal(allocated[port.Name], port.NodePort));
        Assert.Equal(allocated["http"], renamed.Spec.Ports.Single(port => port.Name == "http").NodePort);
        Assert.Equal(allocated["admin"], renamed.Spec.Ports.Single(port => port.Name == "metrics").NodePort);
    }

    [Fact]
    public async Task Automatic_nodePorts_come_from_the_dynamic_band()
    {
        var service = await ApplyAsync(Objects.NodePortService("auto", Objects.Port("http", 80), Objects.Port("https", 443)));

        Assert.All(service.Spec.Ports, port => Assert.InRange(port.NodePort!.Value, 30086, 32767));
        Assert.Equal(2, service.Spec.Ports.Select(port => port.NodePort).Distinct().Count());
        Assert.StartsWith("10.", service.Spec.ClusterIP);
    }

    [Fact]
    public async Task Changing_the_type_to_ClusterIP_and_deleting_release_nodePorts()
    {
        await ApplyAsync(Objects.NodePortService("first", Objects.Port("http", 80, 30500)));
        var internalOnly = Objects.NodePortService("first", Objects.Port("http", 80));
        internalOnly.Spec.Type = "ClusterIP";

        var changed = await ApplyAsync(internalOnly);
        var second = await ApplyAsync(Objects.NodePortService("second", Objects.Port("http", 80, 30500)));
        await Client.DeleteNamespacedServiceAsync("second", Ns);
        var third = await ApplyAsync(Objects.NodePortService("third", Objects.Port("http", 80, 30500)));

        Assert.Null(changed.Spec.Ports.Single().NodePort);
        Assert.Equal(30500, second.Spec.Ports.Single().NodePort);
        Assert.Equal(30500, third.Spec.Ports.Single().NodePort);
    }

    [Fact]
    public async Task A_LoadBalancer_with_Local_policy_gets_a_healthCheckNodePort_from_the_same_pool()
    {
        var balanced = Objects.NodePortService("lb", Objects.Port("http", 80, 30800));
        balanced.Spec.Type = "LoadBalancer";
        balanced.Spec.ExternalTrafficPolicy = "Local";

        var created = await ApplyAsync(balanced);
        balanced.Spec.ExternalTrafficPolicy = "Cluster";
        var cluster = await ApplyAsync(balanced);

        Assert.InRange(created.Spec.HealthCheckNodePort!.Value, 30086, 32767);
        Assert.Null(cluster.Spec.HealthCheckNodePort);
        var reused = Objects.NodePortService("other", Objects.Port("http", 80, created.Spec.HealthCheckNodePort.Value));
        Assert.Equal(created.Spec.HealthCheckNodePort, (await ApplyAsync(reused)).Spec.Ports.Single().NodePort);
    }

    [Fact]
    public async Task A_LoadBalancer_without_automatic_nodePorts_keeps_only_requested_ones()
    {
        var balanced = Objects.NodePortService("lb", Objects.Port("http", 80), Objects.Port("https", 443, 30443));
        balanced.Spec.Type = "LoadBalancer";
        balanced.Spec.AllocateLoadBalancerNodePorts = false;

        var created = await ApplyAsync(balanced);

        Assert.Null(created.Spec.Ports.Single(port => port.Name == "http").NodePort);
        Assert.Equal(30443, created.Spec.Ports.Single(port => port.Name == "https").NodePort);
    }

    [Fact]
    public async Task A_field_owned_by_another_manager_conflicts_until_forced()
    {
        await Client.CreateNamespacedDeploymentAsync(Objects.Deployment("web", 2), Ns, fieldManager: "kubectl-client-side-apply");

        var conflict = await Assert.ThrowsAsync<HttpOperationException>(() => ApplyAsync(Objects.Deployment("web", 5), force: false));
        var forced = await ApplyAsync(Objects.Deployment("web", 5), force: true);

        Assert.Equal(HttpStatusCode.Conflict, conflict.Response.StatusCode);
        var status = JsonNode.Parse(conflict.Response.Content)!;
        Assert.Equal("Apply failed with 1 conflict: conflict with \"kubectl-client-side-apply\" using apps/v1: .spec.replicas", (string?)status["message"]);
        Assert.Equal("Conflict", (string?)status["reason"]);
        var cause = status["details"]!["causes"]![0]!;
        Assert.Equal("FieldManagerConflict", (string?)cause["reason"]);
        Assert.Equal(".spec.replicas", (string?)cause["field"]);
        Assert.Equal(5, forced.Spec.Replicas);
        var managers = forced.Metadata.ManagedFields.ToDictionary(entry => entry.Manager);
        Assert.Equal("Apply", managers["deployer"].Operation);
        Assert.DoesNotContain("f:replicas", managers["kubectl-client-side-apply"].FieldsV1.ToString());
    }

    [Fact]
    public async Task A_nodePort_conflict_names_the_port_by_its_list_keys()
    {
        await ApplyAsync(Objects.NodePortService("web", Objects.Port("http", 80, 30900)));

        var conflict = await Assert.ThrowsAsync<HttpOperationException>(() => Client.PatchNamespacedServiceAsync(
            new V1Patch(Objects.NodePortService("web", Objects.Port("http", 80, 30901)), V1Patch.PatchType.ApplyPatch), "web", Ns, fieldManager: "other", force: false));

        Assert.Equal(
            "Apply failed with 1 conflict: conflict with \"deployer\": .spec.ports[port=80,protocol=\"TCP\"].nodePort",
            (string?)JsonNode.Parse(conflict.Response.Content)!["message"]);
    }

    [Fact]
    public async Task Concurrent_requests_for_one_nodePort_leave_exactly_one_winner()
    {
        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await ApplyAsync(Objects.NodePortService($"race-{i}", Objects.Port("http", 80, 31000)));
                return true;
            }
            catch (HttpOperationException error) when (error.Response.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                return false;
            }
        });

        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, won => won);
    }

    [Fact]
    public async Task The_same_value_from_two_appliers_is_shared_without_conflict()
    {
        await ApplyAsync(Objects.Deployment("web", 2), manager: "one");

        var second = await ApplyAsync(Objects.Deployment("web", 2), manager: "two");

        Assert.Equal(["one", "two"], second.Metadata.ManagedFields.Select(entry => entry.Manager).Order());
    }

    [Fact]
    public async Task Fields_an_applier_stops_applying_are_removed_unless_someone_else_owns_them()
    {
        await ApplyAsync(Objects.Deployment("web", 2, new Dictionary<string, string> { ["app"] = "web", ["tier"] = "front", ["team"] = "shop" }));
        await Client.PatchNamespacedDeploymentAsync(new V1Patch("""{"metadata":{"labels":{"team":"checkout"}}}""", V1Patch.PatchType.MergePatch), "web", Ns, fieldManager: "labeler");

        var applied = await ApplyAsync(Objects.Deployment("web", 2, new Dictionary<string, string> { ["app"] = "web" }));

        Assert.Equal(new Dictionary<string, string> { ["app"] = "web", ["team"] = "checkout" }, applied.Metadata.Labels);
    }

    [Fact]
    public async Task An_update_with_a_stale_resourceVersion_is_refused()
    {
        await Client.CreateNamespacedDeploymentAsync(Objects.Deployment("web", 1), Ns);
        var created = await Client.ReadNamespacedDeploymentAsync("web", Ns);
        created.Spec.Replicas = 2;
        var updated = await Client.ReplaceNamespacedDeploymentAsync(created, "web", Ns);
        created.Spec.Replicas = 3;

        var stale = await Assert.ThrowsAsync<HttpOperationException>(() => Client.ReplaceNamespacedDeploymentAsync(created, "web", Ns));

        Assert.Equal(2, updated.Metadata.Generation);
        Assert.NotEqual(created.Metadata.ResourceVersion, updated.Metadata.ResourceVersion);
        Assert.Equal(HttpStatusCode.Conflict, stale.Response.StatusCode);
        Assert.Equal(
            "Operation cannot be fulfilled on deployments.apps \"web\": the object has been modified; please apply your changes to the latest version and try again",
            (string?)JsonNode.Parse(stale.Response.Content)!["message"]);
    }

    [Fact]
    public async Task An_assigned_clusterIP_is_immutable()
    {
        var service = await ApplyAsync(Objects.NodePortService("web", Objects.Port("http", 80)));
        service.Spec.ClusterIP = "10.96.0.77";
        service.Spec.ClusterIPs = ["10.96.0.77"];

        var refused = await Assert.ThrowsAsync<HttpOperationException>(() => Client.ReplaceNamespacedServiceAsync(service, "web", Ns));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Response.StatusCode);
        Assert.Equal("Service \"web\" is invalid: spec.clusterIP: Invalid value: \"10.96.0.77\": field is immutable", (string?)JsonNode.Parse(refused.Response.Content)!["message"]);
    }

    [Fact]
    public async Task A_dry_run_apply_answers_without_storing()
    {
        var answer = await Client.PatchNamespacedServiceAsync(
            new V1Patch(Objects.NodePortService("dry", Objects.Port("http", 80, 30600)), V1Patch.PatchType.ApplyPatch), "dry", Ns, dryRun: "All", fieldManager: "deployer");

        Assert.Equal(30600, answer.Spec.Ports.Single().NodePort);
        var missing = await Assert.ThrowsAsync<HttpOperationException>(() => Client.ReadNamespacedServiceAsync("dry", Ns));
        Assert.Equal(HttpStatusCode.NotFound, missing.Response.StatusCode);
    }

    [Fact]
    public async Task A_strategic_merge_patch_merges_containers_by_name_and_an_unknown_patch_type_is_refused()
    {
        await ApplyAsync(Objects.Deployment("web", 1));

        var patched = await Client.PatchNamespacedDeploymentAsync(
            new V1Patch("""{"spec":{"template":{"spec":{"containers":[{"name":"web","image":"nginx:1.28"}]}}}}""", V1Patch.PatchType.StrategicMergePatch), "web", Ns);
        var refused = await Api.PatchAsync($"/apis/apps/v1/namespaces/{Ns}/deployments/web", "{}", "application/x-unknown-patch");

        var container = patched.Spec.Template.Spec.Containers.Single();
        Assert.Equal(("nginx:1.28", 8080), (container.Image, container.Ports.Single().ContainerPort));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.Status);
        Assert.Equal(
            "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json, application/apply-patch+yaml",
            refused.Message);
    }

    [Fact]
    public async Task Lists_filter_by_label_in_one_or_all_namespaces_and_a_namespace_delete_cascades()
    {
        await Client.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = "shop" } });
        await ApplyAsync(Objects.Deployment("web", 1));
        await ApplyAsync(Objects.Deployment("web", 1), ns: "shop");
        await ApplyAsync(Objects.Deployment("api", 1), ns: "shop");
        await ApplyAsync(Objects.NodePortService("web", Objects.Port("http", 80, 30700)), ns: "shop");

        var everywhere = await Client.ListDeploymentForAllNamespacesAsync(labelSelector: "app=web");
        var inShop = await Client.ListNamespacedDeploymentAsync("shop", labelSelector: "app in (web,api)");
        await Client.DeleteNamespaceAsync("shop");
        var reused = await ApplyAsync(Objects.NodePortService("web", Objects.Port("http", 80, 30700)));

        Assert.Equal(["default", "shop"], everywhere.Items.Select(item => item.Metadata.NamespaceProperty));
        Assert.Equal(["api", "web"], inShop.Items.Select(item => item.Metadata.Name));
        Assert.Empty((await Client.ListDeploymentForAllNamespacesAsync(labelSelector: "app=api")).Items);
        Assert.Equal(30700, reused.Spec.Ports.Single().NodePort);
    }

    private Task<V1Service> ApplyAsync(V1Service service, bool force = true, string ns = Ns) =>
        Client.PatchNamespacedServiceAsync(new V1Patch(service, V1Patch.PatchType.ApplyPatch), service.Metadata.Name, ns, fieldManager: "deployer", force: force);

    private Task<V1Deployment> ApplyAsync(V1Deployment deployment, bool force = true, string ns = Ns, string manager = "deployer") =>
        Client.PatchNamespacedDeploymentAsync(new V1Patch(deployment, V1Patch.PatchType.ApplyPatch), deployment.Metadata.Name, ns, fieldManager: manager, force: force);
}
