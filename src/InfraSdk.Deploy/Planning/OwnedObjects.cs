using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Topology;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Planning;

/// <summary>The live objects labelled as owned by the given topologies, one list request per kind.</summary>
internal static class OwnedObjects
{
    public static async Task<IReadOnlyDictionary<ObjectKey, IKubernetesObject<V1ObjectMeta>>> ReadAsync(
        ClusterApi api, DesiredTopology topology, CancellationToken cancellationToken)
    {
        var owned = new Dictionary<ObjectKey, IKubernetesObject<V1ObjectMeta>>();
        foreach (var kind in ResourceKinds.ApplyOrder)
        {
            foreach (var item in await api.ListManagedAsync(kind, cancellationToken))
            {
                if (topology.Owns(item.Metadata.Labels))
                {
                    owned[new ObjectKey(kind, kind == ResourceKinds.Namespace ? null : item.Metadata.NamespaceProperty, item.Metadata.Name)] = item;
                }
            }
        }

        return owned;
    }

    /// <summary>Owned objects no longer declared, in delete order.</summary>
    public static IReadOnlyList<ObjectKey> Undeclared(DesiredTopology topology, IReadOnlyDictionary<ObjectKey, IKubernetesObject<V1ObjectMeta>> owned) =>
        owned.Keys
            .Where(key => topology.Find(key) is null)
            .OrderByDescending(key => ResourceKinds.ApplyRank(key.Kind))
            .ThenBy(key => key.QualifiedName, StringComparer.Ordinal)
            .ToList();
}
