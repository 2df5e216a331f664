namespace InfraSdk;

/// <summary>A liveness, readiness or startup probe of a container, with the kubelet's thresholds.</summary>
public abstract record HealthCheck
{
    public int? InitialDelaySeconds { get; init; }

    public int? PeriodSeconds { get; init; }

    public int? TimeoutSeconds { get; init; }

    public int? SuccessThreshold { get; init; }

    public int? FailureThreshold { get; init; }
}

/// <summary>An HTTP GET of <paramref name="Path"/> on a port given by number or by container-port name.</summary>
public sealed record HttpGetCheck(string Path, int? Port = null, string? PortName = null) : HealthCheck;

/// <summary>A TCP connect to a port given by number or by container-port name.</summary>
public sealed record TcpSocketCheck(int? Port = null, string? PortName = null) : HealthCheck;

/// <summary>A command run in the container; exit code 0 is healthy.</summary>
public sealed record ExecCheck(IReadOnlyList<string> Command) : HealthCheck;

/// <summary>The gRPC health-checking protocol on <paramref name="Port"/>.</summary>
public sealed record GrpcCheck(int Port, string? Service = null) : HealthCheck;
