using InfraSdk.LocalCluster.Api;

namespace InfraSdk.LocalCluster.Apply;

/// <summary>
/// The few schema facts structured-merge-diff needs for the resources served here: which lists merge by key
/// (x-kubernetes-list-type: map, with key defaults), which are sets, and which maps are atomic. Everything else
/// follows the defaults: objects merge field by field, other lists are replaced whole.
/// </summary>
internal sealed class ListSchema
{
    private static readonly ListKeys ContainerPorts = new(["containerPort", "protocol"], new Dictionary<string, object> { ["protocol"] = "TCP" });
    private static readonly ListKeys ByName = new(["name"]);

    private static readonly Dictionary<string, ListKeys> Common = new(StringComparer.Ordinal)
    {
        ["metadata.ownerReferences"] = new(["uid"]),
        ["status.conditions"] = new(["type"]),
    };

    private static readonly Dictionary<string, ListKeys> Service = new(StringComparer.Ordinal)
    {
        ["spec.ports"] = new(["port", "protocol"], new Dictionary<string, object> { ["protocol"] = "TCP" }),
    };

    /// <summary>The lists and atomic structs of each kind; a kind not listed has only the common ones.</summary>
    private static readonly Dictionary<ResourceType, ListSchema> ByType = new()
    {
        [ResourceType.Services] = new(Service, ["spec.selector"]),
        [ResourceType.Deployments] = new(PodTemplate("spec.template.spec"), ["spec.selector"]),
        [ResourceType.StatefulSets] = new(PodTemplate("spec.template.spec"), ["spec.selector"]),
        [ResourceType.ReplicaSets] = new(PodTemplate("spec.template.spec"), ["spec.selector"]),
        [ResourceType.Pods] = new(PodTemplate("spec"), []),
        [ResourceType.CronJobs] = new(PodTemplate("spec.jobTemplate.spec.template.spec"), ["spec.jobTemplate.spec.selector"]),
        [ResourceType.PodDisruptionBudgets] = new(new Dictionary<string, ListKeys>(), ["spec.selector"]),
        [ResourceType.NetworkPolicies] = new(new Dictionary<string, ListKeys>(), ["spec.podSelector"]),
        [ResourceType.ServiceAccounts] = new(new Dictionary<string, ListKeys> { ["secrets"] = ByName }, []),
    };

    private static readonly HashSet<string> Sets = new(StringComparer.Ordinal) { "metadata.finalizers" };

    private static readonly ListSchema CommonOnly = new(new Dictionary<string, ListKeys>(), []);

    private readonly IReadOnlyDictionary<string, ListKeys> _maps;
    private readonly IReadOnlySet<string> _atomicMaps;

    private ListSchema(IReadOnlyDictionary<string, ListKeys> specific, IEnumerable<string> atomicMaps)
    {
        _maps = Common.Concat(specific).ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        _atomicMaps = atomicMaps.ToHashSet(StringComparer.Ordinal);
    }

    public static ListSchema For(ResourceType type) => ByType.GetValueOrDefault(type, CommonOnly);

    /// <summary>The keys of a map-type list at a dotted field path (list keys left out), or null.</summary>
    public ListKeys? KeysAt(string fieldPath) => _maps.GetValueOrDefault(fieldPath);

    public bool IsSet(string fieldPath) => Sets.Contains(fieldPath);

    public bool IsAtomicMap(string fieldPath) => _atomicMaps.Contains(fieldPath);

    /// <summary>The map-type lists of a pod spec at <paramref name="podSpec"/> (x-kubernetes-list-map-keys of core/v1).</summary>
    private static Dictionary<string, ListKeys> PodTemplate(string podSpec)
    {
        var lists = new Dictionary<string, ListKeys>(StringComparer.Ordinal)
        {
            [podSpec + ".volumes"] = ByName,
            [podSpec + ".imagePullSecrets"] = ByName,
        };
        foreach (var containers in new[] { podSpec + ".containers", podSpec + ".initContainers" })
        {
            lists[containers] = ByName;
            lists[containers + ".ports"] = ContainerPorts;
            lists[containers + ".env"] = ByName;
            lists[containers + ".volumeMounts"] = new(["mountPath"]);
        }

        return lists;
    }
}

/// <summary>The key fields of a map-type list, with the values a missing key field defaults to.</summary>
internal sealed record ListKeys(IReadOnlyList<string> Names, IReadOnlyDictionary<string, object>? Defaults = null);
