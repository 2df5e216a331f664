using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Topology;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Planning;

/// <summary>
/// The live objects labelled as owned by the given topologies: one list request for Namespaces, then one per kind that
/// the topologies declare or recorded on their Namespaces (<see cref="AppliedKinds"/>). Objects a controller made from
/// an owned one (Pods of a Deployment) carry its labels but belong to the controller, and are skipped.
/// </summary>
internal static class OwnedObjects
{
    private static readonly string Selector = $"{OwnershipLabels.ManagedByKey}={OwnershipLabels.ManagedByValue}";

    public static async Task<OwnedState> ReadAsync(ClusterApi api, DesiredTopology topology, CancellationToken cancellationToken)
    {
        var namespaceResource = await api.Discovery.ResolveAsync("v1", ResourceKinds.Namespace, cancellationToken);
        var namespaces = Owned(topology, await api.ListAsync(namespaceResource, null, Selector, cancellationToken)).ToList();
        var resources = new List<ApiResource> { namespaceResource };
        foreach (var kind in KindsToList(topology, namespaces))
        {
            if (await ResourceOfAsync(api, topology, kind, cancellationToken) is { } resource)
            {
                resources.Add(resource);
            }
        }

        var owned = namespaces.ToDictionary(item => KeyOf(namespaceResource, item));
        foreach (var resource in resources.Skip(1))
        {
            foreach (var item in Owned(topology, await api.ListAsync(resource, null, Selector, cancellationToken)))
            {
                owned[KeyOf(resource, item)] = item;
            }
        }

        return new OwnedState(owned, resources);
    }

    /// <summary>Owned objects no longer declared, in delete order.</summary>
    public static IReadOnlyList<ObjectKey> Undeclared(DesiredTopology topology, OwnedState owned) =>
        owned.Objects.Keys
            .Where(key => topology.Find(key) is null)
            .OrderBy(key => ResourceKinds.DeleteRank(key.Kind))
            .ThenBy(key => key.QualifiedName, StringComparer.Ordinal)
            .ToList();

    public static ObjectKey KeyOf(ApiResource resource, IKubernetesObject<V1ObjectMeta> item) =>
        new(resource.Group, resource.Kind, resource.Namespaced ? item.Metadata.NamespaceProperty : null, item.Metadata.Name);

    private static IEnumerable<GroupKind> KindsToList(DesiredTopology topology, IEnumerable<IKubernetesObject<V1ObjectMeta>> namespaces) =>
        topology.Objects.Select(o => o.Key.GroupKind)
            .Concat(AppliedKinds.RecordedOn(namespaces))
            .Concat(AppliedKinds.Baseline)
            .Where(kind => kind != ResourceKinds.NamespaceKind)
            .Distinct();

    /// <summary>A declared kind is listed in its declared apiVersion (so that plan compares like with like), others in the preferred one.</summary>
    private static async Task<ApiResource?> ResourceOfAsync(ClusterApi api, DesiredTopology topology, GroupKind kind, CancellationToken cancellationToken) =>
        topology.Objects.FirstOrDefault(o => o.Key.GroupKind == kind) is { } declared
            ? await api.ResourceOfAsync(declared, cancellationToken)
            : await api.Discovery.PreferredAsync(kind, cancellationToken);

    private static IEnumerable<IKubernetesObject<V1ObjectMeta>> Owned(DesiredTopology topology, IEnumerable<IKubernetesObject<V1ObjectMeta>> items) =>
        items.Where(item => topology.Owns(item.Metadata.Labels) && !IsControlled(item));

    /// <summary>Made and owned by a controller, such as a Pod of a ReplicaSet: not InfraSdk's to delete.</summary>
    public static bool IsControlled(IKubernetesObject<V1ObjectMeta> item) => item.Metadata.OwnerReferences?.Any(owner => owner.Controller == true) == true;
}
