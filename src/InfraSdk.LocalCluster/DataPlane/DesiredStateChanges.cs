namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>What one committed write changed of the desired state, keyed namespace/name; a null state is a delete.
/// <see cref="DeletedPods"/> are pods deleted through the API (keyed by their set's key): they stop, and their set
/// starts replacements.</summary>
internal sealed record DesiredStateChanges(
    IReadOnlyList<(string Key, DeploymentState? State)> Deployments,
    IReadOnlyList<(string Key, ServiceState? State)> Services,
    IReadOnlyList<(string Key, string Pod)>? DeletedPods = null);
