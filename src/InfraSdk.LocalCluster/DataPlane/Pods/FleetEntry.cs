namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>One set of like pods as the fleet runs it: what it asks for, its pods in the order they started, and the
/// names of the replicas no node has room for (the scheduler leaves them Pending; they keep their name when they start).</summary>
internal sealed class FleetEntry(DeploymentState state, string templateHash)
{
    public DeploymentState State { get; set; } = state;

    public string TemplateHash { get; set; } = templateHash;

    public List<PodServer> Pods { get; } = [];

    public List<string> PendingNames { get; } = [];

    /// <summary>Replicas no node has room for.</summary>
    public int Pending => Math.Max(0, State.Replicas - Pods.Count);

    /// <summary>Names the Pending replicas, keeping the names already given and dropping the newest when fewer are Pending.</summary>
    public void NamePending()
    {
        if (PendingNames.Count > Pending)
        {
            PendingNames.RemoveRange(Pending, PendingNames.Count - Pending);
        }

        var taken = Pods.Select(pod => pod.Info.Name).Concat(PendingNames).ToHashSet(StringComparer.Ordinal);
        while (PendingNames.Count < Pending)
        {
            string name;
            do
            {
                name = State.TemplateHash is null ? PodNames.NewPodName(State.Name, TemplateHash) : PodNames.NewPodName(State.Name);
            }
            while (!taken.Add(name));

            PendingNames.Add(name);
        }
    }
}
