namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>How a probe asks a pod whether it is ready.</summary>
internal enum ProbeAction
{
    /// <summary>An HTTP GET of <see cref="ReadinessProbe.Path"/>: ready on a status below 400.</summary>
    HttpGet,

    /// <summary>A TCP connect: ready when it is accepted.</summary>
    TcpSocket,

    /// <summary>A command in the container: a built-in pod has no processes, so it always passes.</summary>
    Exec,

    /// <summary>The gRPC health protocol, which a built-in pod does not speak: it never passes.</summary>
    Grpc,
}

/// <summary>
/// One container's readinessProbe, its port already resolved to a number; <see cref="Port"/> is null when it names
/// a port the container does not declare, so the probe can never pass (as the kubelet's "port not found").
/// </summary>
internal sealed record ReadinessProbe(
    ProbeAction Action,
    int? Port,
    string Path,
    TimeSpan Period,
    TimeSpan Timeout,
    int SuccessThreshold,
    int FailureThreshold)
{
    public override string ToString() => $"{Action}:{Port}:{Path}:{Period.TotalSeconds}:{Timeout.TotalSeconds}:{SuccessThreshold}:{FailureThreshold}";
}
