using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Topology;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Planning;

/// <summary>The live objects owned by the topologies, and the resources that were listed to find them.</summary>
internal sealed record OwnedState(IReadOnlyDictionary<ObjectKey, IKubernetesObject<V1ObjectMeta>> Objects, IReadOnlyList<ApiResource> Resources)
{
    public IKubernetesObject<V1ObjectMeta>? Find(ObjectKey key) => Objects.GetValueOrDefault(key);
}
