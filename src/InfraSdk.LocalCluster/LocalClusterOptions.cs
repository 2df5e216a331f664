namespace InfraSdk.LocalCluster;

/// <summary>How to start a <see cref="LocalCluster"/>.</summary>
public sealed class LocalClusterOptions
{
    /// <summary>How many nodes; each gets its own loopback address.</summary>
    public int Nodes { get; init; } = 3;

    /// <summary>How many pods a node runs at most, as the kubelet's --max-pods; the scheduler leaves the rest Pending.</summary>
    public int MaxPodsPerNode { get; init; } = DataPlane.NodePortDataPlane.DefaultMaxPodsPerNode;

    /// <summary>kube-apiserver's --service-node-port-range, "first-last".</summary>
    public string NodePortRange { get; init; } = "30000-32767";

    /// <summary>A folder that keeps the cluster's objects across restarts; none keeps them in memory.</summary>
    public string? StateDirectory { get; init; }

    /// <summary>Where to write the kubeconfig; by default a temporary file the cluster deletes when it stops.</summary>
    public string? KubeconfigPath { get; init; }

    /// <summary>
    /// How long a nodePort freed by a delete, or by a change to ClusterIP, stays allocated, as on HA control planes where
    /// a create asking for it meanwhile gets "provided port is already allocated". Zero frees it at once.
    /// </summary>
    public TimeSpan NodePortReleaseDelay { get; init; }

    /// <summary>Makes a fraction of write requests fail, to exercise a client's retries.</summary>
    public ApiFaults? ApiFaults { get; init; }
}
