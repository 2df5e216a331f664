namespace InfraSdk.ClusterBench;

/// <summary>One run: how many NodePort Services (each with a Deployment), replicas, nodes, pods per node, concurrent
/// clients, and a state folder (none: in memory).</summary>
public sealed record BenchOptions(int Services, int Replicas = 2, int Nodes = 5, int MaxPodsPerNode = 1200, int Clients = 8, string? StateDirectory = null)
{
    public const int FirstNodePort = 30000;
    public const int NodePortCount = 2768;
}
