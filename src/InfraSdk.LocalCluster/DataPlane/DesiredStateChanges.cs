namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>What one committed write changed of the desired state, keyed namespace/name; a null state is a delete.</summary>
internal sealed record DesiredStateChanges(
    IReadOnlyList<(string Key, DeploymentState? State)> Deployments,
    IReadOnlyList<(string Key, ServiceState? State)> Services);
