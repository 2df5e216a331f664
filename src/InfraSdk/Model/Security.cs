namespace InfraSdk;

/// <summary>A Pod's securityContext.</summary>
public sealed record PodSecurity
{
    public bool? RunAsNonRoot { get; init; }

    public long? RunAsUser { get; init; }

    public long? RunAsGroup { get; init; }

    public long? FsGroup { get; init; }
}

/// <summary>A container's securityContext.</summary>
public sealed record ContainerSecurity
{
    public bool? RunAsNonRoot { get; init; }

    public long? RunAsUser { get; init; }

    public bool? ReadOnlyRootFilesystem { get; init; }

    public bool? AllowPrivilegeEscalation { get; init; }

    /// <summary>capabilities.drop, e.g. "ALL".</summary>
    public List<string> DropCapabilities { get; init; } = [];
}

/// <summary>Lets Pods run on nodes with a matching taint.</summary>
public sealed record Toleration(string Key, string? Value = null, TaintEffect? Effect = null, TolerationOperator? Operator = null, long? TolerationSeconds = null);

public enum TaintEffect
{
    NoSchedule,
    PreferNoSchedule,
    NoExecute,
}

public enum TolerationOperator
{
    Equal,
    Exists,
}
