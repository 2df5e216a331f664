namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>What the data plane needs of a Deployment: how many pods, their labels and their container ports.</summary>
internal sealed record DeploymentState(
    string Namespace,
    string Name,
    int Replicas,
    IReadOnlyDictionary<string, string> PodLabels,
    IReadOnlyList<int> ContainerPorts);
