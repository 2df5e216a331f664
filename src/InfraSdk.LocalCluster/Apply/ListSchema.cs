using InfraSdk.LocalCluster.Api;

namespace InfraSdk.LocalCluster.Apply;

/// <summary>
/// The few schema facts structured-merge-diff needs for the resources served here: which lists merge by key
/// (x-kubernetes-list-type: map, with key defaults), which are sets, and which maps are atomic. Everything else
/// follows the defaults: objects merge field by field, other lists are replaced whole.
/// </summary>
internal sealed class ListSchema
{
    private static readonly ListKeys Containers = new(["name"]);
    private static readonly ListKeys ContainerPorts = new(["containerPort", "protocol"], new Dictionary<string, object> { ["protocol"] = "TCP" });
    private static readonly ListKeys ByName = new(["name"]);

    private static readonly Dictionary<string, ListKeys> Common = new(StringComparer.Ordinal)
    {
        ["metadata.ownerReferences"] = new(["uid"]),
        ["status.conditions"] = new(["type"]),
    };

    private static readonly Dictionary<string, ListKeys> PodTemplate = new(StringComparer.Ordinal)
    {
        ["spec.template.spec.containers"] = Containers,
        ["spec.template.spec.initContainers"] = Containers,
        ["spec.template.spec.containers.ports"] = ContainerPorts,
        ["spec.template.spec.initContainers.ports"] = ContainerPorts,
        ["spec.template.spec.containers.env"] = ByName,
        ["spec.template.spec.initContainers.env"] = ByName,
        ["spec.template.spec.containers.volumeMounts"] = new(["mountPath"]),
        ["spec.template.spec.initContainers.volumeMounts"] = new(["mountPath"]),
        ["spec.template.spec.volumes"] = ByName,
        ["spec.template.spec.imagePullSecrets"] = ByName,
    };

    private static readonly Dictionary<string, ListKeys> Service = new(StringComparer.Ordinal)
    {
        ["spec.ports"] = new(["port", "protocol"], new Dictionary<string, object> { ["protocol"] = "TCP" }),
    };

    private static readonly HashSet<string> Sets = new(StringComparer.Ordinal) { "metadata.finalizers" };

    private readonly IReadOnlyDictionary<string, ListKeys> _maps;
    private readonly IReadOnlySet<string> _atomicMaps;

    private ListSchema(IReadOnlyDictionary<string, ListKeys> specific, IReadOnlySet<string> atomicMaps)
    {
        _maps = Common.Concat(specific).ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        _atomicMaps = atomicMaps;
    }

    public static ListSchema For(ResourceType type) =>
        type == ResourceType.Services ? new ListSchema(Service, new HashSet<string>(StringComparer.Ordinal) { "spec.selector" })
        : type == ResourceType.Deployments ? new ListSchema(PodTemplate, new HashSet<string>(StringComparer.Ordinal))
        : new ListSchema(new Dictionary<string, ListKeys>(), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The keys of a map-type list at a dotted field path (list keys left out), or null.</summary>
    public ListKeys? KeysAt(string fieldPath) => _maps.GetValueOrDefault(fieldPath);

    public bool IsSet(string fieldPath) => Sets.Contains(fieldPath);

    public bool IsAtomicMap(string fieldPath) => _atomicMaps.Contains(fieldPath);
}

/// <summary>The key fields of a map-type list, with the values a missing key field defaults to.</summary>
internal sealed record ListKeys(IReadOnlyList<string> Names, IReadOnlyDictionary<string, object>? Defaults = null);
