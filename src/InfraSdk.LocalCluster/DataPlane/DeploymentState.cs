namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>
/// What the data plane needs of a Deployment: how many pods, their labels, their container ports (every one answers
/// TCP; those declared UDP also echo datagrams) and the readiness probes of their containers (none: a pod is ready as
/// soon as it listens).
/// </summary>
internal sealed record DeploymentState(
    string Namespace,
    string Name,
    int Replicas,
    IReadOnlyDictionary<string, string> PodLabels,
    IReadOnlyList<int> ContainerPorts,
    IReadOnlyList<ReadinessProbe>? ReadinessProbes = null,
    IReadOnlyList<int>? UdpPorts = null);
