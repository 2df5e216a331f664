namespace InfraSdk.ClusterBench;

/// <summary>One run: how many NodePort Services (each with a Deployment), replicas, nodes, pods per node, concurrent
/// clients, how many passes of updates follow the creating pass, and a state folder (none: in memory).</summary>
public sealed record BenchOptions(int Services, int Replicas = 2, int Nodes = 5, int MaxPodsPerNode = 1200, int Clients = 8, string? StateDirectory = null, int UpdatePasses = 4)
{
    public const int FirstNodePort = 30000;
    public const int NodePortCount = 2768;

    /// <summary>Issue 9's goals: API writes per second with a state folder and in memory.</summary>
    public double WritesPerSecondGoal => StateDirectory is null ? 2000 : 500;
}
