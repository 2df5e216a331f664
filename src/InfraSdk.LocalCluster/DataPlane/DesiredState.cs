namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>The full state the data plane reconciles to: every node, Deployment and Service of the cluster.</summary>
internal sealed record DesiredState(
    IReadOnlyList<NodeState> Nodes,
    IReadOnlyList<DeploymentState> Deployments,
    IReadOnlyList<ServiceState> Services);
