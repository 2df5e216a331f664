using InfraSdk.Deploy.Topology;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Planning;

/// <summary>
/// The kinds a topology has applied, recorded on its Namespace objects (as ApplySets record theirs), so that prune and
/// destroy find objects of a kind the topology no longer declares with one list request per recorded kind, instead of
/// one per kind the cluster serves.
/// </summary>
internal static class AppliedKinds
{
    public const string AnnotationKey = "infrasdk.io/applied-kinds";

    /// <summary>The kinds InfraSdk applied before it recorded kinds; listed always, so their objects are never lost.</summary>
    public static readonly IReadOnlyList<GroupKind> Baseline = [new("apps", "Deployment"), new("", ResourceKinds.Service)];

    public static IEnumerable<GroupKind> RecordedOn(IEnumerable<IKubernetesObject<V1ObjectMeta>> namespaces) =>
        namespaces
            .SelectMany(ns => ns.GetAnnotation(AnnotationKey)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
            .Select(GroupKind.Parse);

    /// <summary>
    /// Writes onto every declared Namespace the kinds this run declares and the kinds owned objects still have (they
    /// may be pruned later in the run; the next run then drops their kind).
    /// </summary>
    public static void Stamp(DesiredTopology topology, IEnumerable<ObjectKey> owned)
    {
        var kinds = topology.Objects.Select(o => o.Key.GroupKind)
            .Concat(owned.Select(key => key.GroupKind))
            .Where(kind => kind != ResourceKinds.NamespaceKind)
            .Select(kind => kind.ToString())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var value = string.Join(",", kinds);
        foreach (var ns in topology.Objects.Where(o => o.Key.GroupKind == ResourceKinds.NamespaceKind))
        {
            ns.Object.SetAnnotation(AnnotationKey, value);
        }
    }
}
