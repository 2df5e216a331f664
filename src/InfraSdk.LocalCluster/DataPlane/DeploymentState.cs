namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>
/// What the data plane needs of a set of like pods (a Deployment's, or with <see cref="TemplateHash"/> one ReplicaSet's):
/// how many pods, their labels, their container ports (every one answers TCP; those declared UDP also echo datagrams)
/// and the readiness probes of their containers (none: a pod is ready as soon as it listens). A ReplicaSet's pods are
/// named <c>&lt;Name&gt;-&lt;5 chars&gt;</c> (its name already ends in the hash) and greet as <see cref="Owner"/>'s.
/// </summary>
internal sealed record DeploymentState(
    string Namespace,
    string Name,
    int Replicas,
    IReadOnlyDictionary<string, string> PodLabels,
    IReadOnlyList<int> ContainerPorts,
    IReadOnlyList<ReadinessProbe>? ReadinessProbes = null,
    IReadOnlyList<int>? UdpPorts = null,
    string? TemplateHash = null,
    string? Owner = null);
