namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>A Deployment's (or ReplicaSet's) pods as the API reports them: the running ones, and the names of those
/// the scheduler left Pending and why (the scheduler's FailedScheduling message).</summary>
internal sealed record DeploymentPods(IReadOnlyList<PodInfo> Running, IReadOnlyList<string> PendingNames, string? PendingReason)
{
    public static readonly DeploymentPods None = new([], [], null);

    public int Pending => PendingNames.Count;
}
