using System.Net;
using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Topology;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>The API calls the runner makes, each through the retry pipelines; one request per object and attempt.</summary>
internal sealed class ClusterApi(IKubernetes client, ApiResilience resilience)
{
    public const string FieldManager = "infrasdk";

    public IKubernetes Client { get; } = client;

    public ApiResilience Resilience { get; } = resilience;

    public Task<ApplyResponse> ApplyAsync(DesiredObject desired, bool dryRun, bool force, CancellationToken cancellationToken) =>
        Resilience.ExecuteApplyAsync(ct => ApplyOnceAsync(desired, dryRun, force, ct), cancellationToken);

    public async Task<IKubernetesObject<V1ObjectMeta>?> GetAsync(ObjectKey key, CancellationToken cancellationToken)
    {
        try
        {
            return await Resilience.Transient.ExecuteAsync(async ct => key.Kind switch
            {
                ResourceKinds.Namespace => (IKubernetesObject<V1ObjectMeta>)await Client.CoreV1.ReadNamespaceAsync(key.Name, cancellationToken: ct),
                ResourceKinds.Deployment => await Client.AppsV1.ReadNamespacedDeploymentAsync(key.Name, key.Namespace, cancellationToken: ct),
                ResourceKinds.Service => await Client.CoreV1.ReadNamespacedServiceAsync(key.Name, key.Namespace, cancellationToken: ct),
                _ => throw new ArgumentException($"Unknown kind {key.Kind}."),
            }, cancellationToken);
        }
        catch (HttpOperationException error) when (error.Response?.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Deletes an object; false when it was already gone.</summary>
    public async Task<bool> DeleteAsync(ObjectKey key, CancellationToken cancellationToken)
    {
        try
        {
            await Resilience.Transient.ExecuteAsync(async ct =>
            {
                switch (key.Kind)
                {
                    case ResourceKinds.Namespace:
                        await Client.CoreV1.DeleteNamespaceAsync(key.Name, cancellationToken: ct);
                        break;
                    case ResourceKinds.Deployment:
                        await Client.AppsV1.DeleteNamespacedDeploymentAsync(key.Name, key.Namespace, cancellationToken: ct);
                        break;
                    case ResourceKinds.Service:
                        await Client.CoreV1.DeleteNamespacedServiceAsync(key.Name, key.Namespace, cancellationToken: ct);
                        break;
                    default:
                        throw new ArgumentException($"Unknown kind {key.Kind}.");
                }
            }, cancellationToken);
            return true;
        }
        catch (HttpOperationException error) when (error.Response?.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    /// <summary>Every object of <paramref name="kind"/> labelled as managed by InfraSdk, in any namespace.</summary>
    public async Task<IReadOnlyList<IKubernetesObject<V1ObjectMeta>>> ListManagedAsync(string kind, CancellationToken cancellationToken)
    {
        var selector = $"{OwnershipLabels.ManagedByKey}={OwnershipLabels.ManagedByValue}";
        return await Resilience.Transient.ExecuteAsync<IReadOnlyList<IKubernetesObject<V1ObjectMeta>>>(async ct => kind switch
        {
            ResourceKinds.Namespace => (await Client.CoreV1.ListNamespaceAsync(labelSelector: selector, cancellationToken: ct)).Items.ToList<IKubernetesObject<V1ObjectMeta>>(),
            ResourceKinds.Deployment => (await Client.AppsV1.ListDeploymentForAllNamespacesAsync(labelSelector: selector, cancellationToken: ct)).Items.ToList<IKubernetesObject<V1ObjectMeta>>(),
            ResourceKinds.Service => (await Client.CoreV1.ListServiceForAllNamespacesAsync(labelSelector: selector, cancellationToken: ct)).Items.ToList<IKubernetesObject<V1ObjectMeta>>(),
            _ => throw new ArgumentException($"Unknown kind {kind}."),
        }, cancellationToken);
    }

    public async Task<IList<V1Service>> ListServicesAsync(string? ns, CancellationToken cancellationToken) =>
        await Resilience.Transient.ExecuteAsync(async ct => ns is null
            ? (await Client.CoreV1.ListServiceForAllNamespacesAsync(cancellationToken: ct)).Items
            : (await Client.CoreV1.ListNamespacedServiceAsync(ns, cancellationToken: ct)).Items, cancellationToken);

    public async Task<IList<V1Deployment>> ListDeploymentsAsync(string ns, CancellationToken cancellationToken) =>
        await Resilience.Transient.ExecuteAsync(async ct => (await Client.AppsV1.ListNamespacedDeploymentAsync(ns, cancellationToken: ct)).Items, cancellationToken);

    public async Task<IList<V1Node>> ListNodesAsync(CancellationToken cancellationToken) =>
        await Resilience.Transient.ExecuteAsync(async ct => (await Client.CoreV1.ListNodeAsync(cancellationToken: ct)).Items, cancellationToken);

    public async Task<V1Endpoints?> ReadEndpointsAsync(string ns, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await Resilience.Transient.ExecuteAsync(async ct => await Client.CoreV1.ReadNamespacedEndpointsAsync(name, ns, cancellationToken: ct), cancellationToken);
        }
        catch (HttpOperationException error) when (error.Response?.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<ApplyResponse> ApplyOnceAsync(DesiredObject desired, bool dryRun, bool force, CancellationToken ct)
    {
        var patch = new V1Patch(desired.Object, V1Patch.PatchType.ApplyPatch);
        var dryRunValue = dryRun ? "All" : null;
        var key = desired.Key;
        switch (key.Kind)
        {
            case ResourceKinds.Namespace:
                using (var response = await Client.CoreV1.PatchNamespaceWithHttpMessagesAsync(patch, key.Name, dryRunValue, FieldManager, force: force, cancellationToken: ct))
                {
                    return new ApplyResponse(response.Body, response.Response.StatusCode == HttpStatusCode.Created);
                }

            case ResourceKinds.Deployment:
                using (var response = await Client.AppsV1.PatchNamespacedDeploymentWithHttpMessagesAsync(patch, key.Name, key.Namespace, dryRunValue, FieldManager, force: force, cancellationToken: ct))
                {
                    return new ApplyResponse(response.Body, response.Response.StatusCode == HttpStatusCode.Created);
                }

            case ResourceKinds.Service:
                using (var response = await Client.CoreV1.PatchNamespacedServiceWithHttpMessagesAsync(patch, key.Name, key.Namespace, dryRunValue, FieldManager, force: force, cancellationToken: ct))
                {
                    return new ApplyResponse(response.Body, response.Response.StatusCode == HttpStatusCode.Created);
                }

            default:
                throw new ArgumentException($"Unknown kind {key.Kind}.");
        }
    }
}
