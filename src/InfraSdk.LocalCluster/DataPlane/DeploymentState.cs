namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>
/// What the data plane needs of a Deployment: how many pods, their labels, their container ports and the readiness
/// probes of their containers (none: a pod is ready as soon as it listens).
/// </summary>
internal sealed record DeploymentState(
    string Namespace,
    string Name,
    int Replicas,
    IReadOnlyDictionary<string, string> PodLabels,
    IReadOnlyList<int> ContainerPorts,
    IReadOnlyList<ReadinessProbe>? ReadinessProbes = null);
