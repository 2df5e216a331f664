namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>One Deployment as the fleet runs it: what it asks for, and its pods in the order they started.</summary>
internal sealed class FleetEntry(DeploymentState state, string templateHash)
{
    public DeploymentState State { get; set; } = state;

    public string TemplateHash { get; set; } = templateHash;

    public List<PodServer> Pods { get; } = [];

    /// <summary>Replicas no node has room for: the scheduler leaves them Pending.</summary>
    public int Pending => Math.Max(0, State.Replicas - Pods.Count);
}
