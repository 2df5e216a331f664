using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>What a server-side apply returned: the object as stored (or as it would be, on a dry run) and whether it was new.</summary>
internal sealed record ApplyResponse(IKubernetesObject<V1ObjectMeta> Object, bool Created);
