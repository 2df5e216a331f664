namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>A Deployment's pods as the API reports them: the running ones, and how many the scheduler left Pending
/// and why (the scheduler's FailedScheduling message).</summary>
internal sealed record DeploymentPods(IReadOnlyList<PodInfo> Running, int Pending, string? PendingReason)
{
    public static readonly DeploymentPods None = new([], 0, null);
}
