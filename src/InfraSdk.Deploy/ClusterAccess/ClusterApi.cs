using System.Net;
using System.Text.Json;
using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Topology;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>
/// The API calls the runner makes, each through the retry pipelines; one request per object and attempt for writes; reads are lists (one per resource and namespace), never a GET per object. Objects of
/// every kind go through one path, KubernetesClient's custom-object requests, addressed by discovery.
/// </summary>
internal sealed class ClusterApi(IKubernetes client, ApiResilience resilience)
{
    public const string FieldManager = "infrasdk";

    public IKubernetes Client { get; } = client;

    public ApiResilience Resilience { get; } = resilience;

    public ApiDiscovery Discovery { get; } = new(client, resilience);

    /// <summary>Server-side apply with field manager <see cref="FieldManager"/>.</summary>
    public async Task<ApplyResponse> ApplyAsync(DesiredObject desired, bool dryRun, bool force, CancellationToken cancellationToken)
    {
        var resource = await ResourceOfAsync(desired, cancellationToken);
        var (ns, name) = (desired.Key.Namespace, desired.Key.Name);
        var dryRunValue = dryRun ? "All" : null;
        return await Resilience.ExecuteApplyAsync(async ct =>
        {
            var patch = new V1Patch(desired.Object, V1Patch.PatchType.ApplyPatch);
            using var response = resource.Namespaced
                ? await Client.CustomObjects.PatchNamespacedCustomObjectWithHttpMessagesAsync<JsonElement>(
                    patch, resource.Group, resource.Version, ns, resource.Plural, name, dryRunValue, FieldManager, force: force, cancellationToken: ct)
                : await Client.CustomObjects.PatchClusterCustomObjectWithHttpMessagesAsync<JsonElement>(
                    patch, resource.Group, resource.Version, resource.Plural, name, dryRunValue, FieldManager, force: force, cancellationToken: ct);
            var body = response.Body;
            return new ApplyResponse(() => ModelJson.Read(body, desired.Object.GetType(), resource), response.Response.StatusCode == HttpStatusCode.Created);
        }, cancellationToken);
    }

    /// <summary>Every object of a resource, in one namespace or (null) all of them, matching a label selector when given.</summary>
    public async Task<IReadOnlyList<IKubernetesObject<V1ObjectMeta>>> ListAsync(ApiResource resource, string? ns, string? labelSelector, CancellationToken cancellationToken)
    {
        var json = await Resilience.Transient.ExecuteAsync(async ct => ns is not null && resource.Namespaced
            ? await Client.CustomObjects.ListNamespacedCustomObjectAsync<JsonElement>(resource.Group, resource.Version, ns, resource.Plural, labelSelector: labelSelector, cancellationToken: ct)
            : await Client.CustomObjects.ListClusterCustomObjectAsync<JsonElement>(resource.Group, resource.Version, resource.Plural, labelSelector: labelSelector, cancellationToken: ct), cancellationToken);
        var model = ModelTypes.Find(resource.GroupVersion, resource.Kind);
        return json.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray().Select(item => ModelJson.Read(item, model, resource)).ToList()
            : [];
    }

    /// <summary>Deletes an object (its dependents with it when <paramref name="foreground"/>); false when it was already gone.</summary>
    public async Task<bool> DeleteAsync(ObjectKey key, CancellationToken cancellationToken, bool foreground = false)
    {
        var resource = await Discovery.PreferredAsync(key.GroupKind, cancellationToken);
        if (resource is null)
        {
            return false;
        }

        var propagation = foreground ? "Foreground" : null;
        try
        {
            await Resilience.Transient.ExecuteAsync(async ct =>
            {
                using var response = resource.Namespaced
                    ? await Client.CustomObjects.DeleteNamespacedCustomObjectWithHttpMessagesAsync<JsonElement>(
                        resource.Group, resource.Version, key.Namespace, resource.Plural, key.Name, propagationPolicy: propagation, cancellationToken: ct)
                    : await Client.CustomObjects.DeleteClusterCustomObjectWithHttpMessagesAsync<JsonElement>(
                        resource.Group, resource.Version, resource.Plural, key.Name, propagationPolicy: propagation, cancellationToken: ct);
            }, cancellationToken);
            return true;
        }
        catch (HttpOperationException error) when (ApiStatus.IsNotFound(error))
        {
            return false;
        }
    }

    /// <summary>Every Service in every namespace: who holds which nodePort.</summary>
    public async Task<IList<V1Service>> ListServicesAsync(CancellationToken cancellationToken) =>
        await Resilience.Transient.ExecuteAsync(async ct => (await Client.CoreV1.ListServiceForAllNamespacesAsync(cancellationToken: ct)).Items, cancellationToken);

    public async Task<IList<V1Node>> ListNodesAsync(CancellationToken cancellationToken) =>
        await Resilience.Transient.ExecuteAsync(async ct => (await Client.CoreV1.ListNodeAsync(cancellationToken: ct)).Items, cancellationToken);

    public async Task<IList<V1Endpoints>> ListEndpointsAsync(string ns, CancellationToken cancellationToken) =>
        await Resilience.Transient.ExecuteAsync(async ct => (await Client.CoreV1.ListNamespacedEndpointsAsync(ns, cancellationToken: ct)).Items, cancellationToken);

    /// <summary>The resource serving a declared object's apiVersion and kind.</summary>
    public Task<ApiResource> ResourceOfAsync(DesiredObject desired, CancellationToken cancellationToken) =>
        Discovery.ResolveAsync(desired.Object.ApiVersion, desired.Key.Kind, cancellationToken);
}
