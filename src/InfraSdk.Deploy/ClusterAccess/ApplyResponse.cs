using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>
/// What a server-side apply returned: the object as stored (or as it would be, on a dry run) and whether it was new.
/// The object is read into its model only when asked for (a diff needs it, a create does not), which at thousands of
/// objects is client CPU the embedded cluster can use instead.
/// </summary>
internal sealed class ApplyResponse(Func<IKubernetesObject<V1ObjectMeta>> read, bool created)
{
    private readonly Lazy<IKubernetesObject<V1ObjectMeta>> _object = new(read);

    public IKubernetesObject<V1ObjectMeta> Object => _object.Value;

    public bool Created { get; } = created;
}
