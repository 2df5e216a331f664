namespace InfraSdk.Deploy.Topology;

/// <summary>
/// The order kinds are applied in: namespaces, then what workloads read (accounts, config, storage, RBAC), then kinds
/// this table does not know, then workloads, then what routes to or governs them. Deletes go the other way.
/// </summary>
internal static class ResourceKinds
{
    public const string Namespace = "Namespace";
    public const string Service = "Service";
    public const string Secret = "Secret";

    public static readonly GroupKind NamespaceKind = new("", Namespace);

    private static readonly string[][] ApplyStages =
    [
        [Namespace],
        ["ResourceQuota", "LimitRange", "PriorityClass", "StorageClass", "PersistentVolume", "CustomResourceDefinition",
         "ServiceAccount", "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding", Secret, "ConfigMap", "PersistentVolumeClaim"],
        [],
        ["Pod", "ReplicaSet", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"],
        [Service],
        ["Ingress"],
        ["NetworkPolicy"],
        ["PodDisruptionBudget"],
        ["HorizontalPodAutoscaler"],
    ];

    private const int UnknownStage = 2;

    private static readonly Dictionary<string, int> StageOfKind = ApplyStages
        .SelectMany((kinds, stage) => kinds.Select(kind => (kind, stage)))
        .ToDictionary(pair => pair.kind, pair => pair.stage, StringComparer.Ordinal);

    /// <summary>Namespaces the API server keeps for itself; never deleted, whatever their labels say.</summary>
    public static readonly IReadOnlySet<string> SystemNamespaces = new HashSet<string>(StringComparer.Ordinal)
    {
        "default", "kube-system", "kube-public", "kube-node-lease",
    };

    /// <summary>The stage a kind is applied in; objects of one stage are applied together.</summary>
    public static int ApplyRank(string kind) => StageOfKind.GetValueOrDefault(kind, UnknownStage);

    public static int DeleteRank(string kind) => -ApplyRank(kind);
}
