namespace InfraSdk;

/// <summary>One container of a Pod.</summary>
public sealed class Container(string image)
{
    /// <summary>The image, e.g. "nginx:1.27".</summary>
    public string Image { get; } = image;

    /// <summary>The container name; the main container defaults to its Deployment's name.</summary>
    public string? Name { get; init; }

    public PullPolicy? PullPolicy { get; init; }

    /// <summary>Replaces the image's entrypoint.</summary>
    public List<string> Command { get; init; } = [];

    /// <summary>Replaces the image's cmd.</summary>
    public List<string> Args { get; init; } = [];

    public string? WorkingDirectory { get; init; }

    /// <summary>The ports the container listens on.</summary>
    public List<ContainerPort> Ports { get; init; } = [];

    /// <summary>Environment variables with literal values. Secrets belong in <see cref="EnvFrom"/> or <see cref="EnvImports"/>.</summary>
    public Dictionary<string, string> Env { get; init; } = [];

    /// <summary>Environment variables read from a ConfigMap key, a Secret key or a Pod field.</summary>
    public Dictionary<string, EnvSource> EnvFrom { get; init; } = [];

    /// <summary>Every key of a ConfigMap or Secret as environment variables (envFrom).</summary>
    public List<EnvImport> EnvImports { get; init; } = [];

    /// <summary>resources.requests: what the scheduler reserves.</summary>
    public Compute? Requests { get; init; }

    /// <summary>resources.limits: at most this much.</summary>
    public Compute? Limits { get; init; }

    public HealthCheck? LivenessProbe { get; init; }

    public HealthCheck? ReadinessProbe { get; init; }

    public HealthCheck? StartupProbe { get; init; }

    public List<VolumeMount> VolumeMounts { get; init; } = [];

    public ContainerSecurity? Security { get; init; }
}

public enum PullPolicy
{
    Always,
    IfNotPresent,
    Never,
}

/// <summary>A port a container listens on; a Service's targetPort or a probe may use its <paramref name="Name"/>.</summary>
public sealed record ContainerPort(int Port, string? Name = null, Protocol Protocol = Protocol.Tcp);

/// <summary>CPU and memory as Kubernetes quantities, e.g. Cpu "250m" or "1", Memory "256Mi" or "1Gi".</summary>
public sealed record Compute(string? Cpu = null, string? Memory = null);
