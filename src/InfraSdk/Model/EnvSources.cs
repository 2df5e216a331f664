namespace InfraSdk;

/// <summary>Where one environment variable's value comes from (env[].valueFrom).</summary>
public abstract record EnvSource;

/// <summary>A key of a ConfigMap.</summary>
public sealed record ConfigMapKey(string ConfigMap, string Key) : EnvSource;

/// <summary>A key of a Secret.</summary>
public sealed record SecretKey(string Secret, string Key) : EnvSource;

/// <summary>A field of the Pod itself (the downward API).</summary>
public sealed record PodFieldRef(PodField Field) : EnvSource;

public enum PodField
{
    /// <summary>metadata.name.</summary>
    Name,

    /// <summary>metadata.namespace.</summary>
    Namespace,

    /// <summary>status.podIP.</summary>
    PodIP,

    /// <summary>status.hostIP.</summary>
    HostIP,

    /// <summary>spec.nodeName.</summary>
    NodeName,

    /// <summary>spec.serviceAccountName.</summary>
    ServiceAccountName,
}

/// <summary>All keys of a ConfigMap or Secret as environment variables (envFrom).</summary>
public abstract record EnvImport;

public sealed record ConfigMapEnv(string ConfigMap, string? Prefix = null) : EnvImport;

public sealed record SecretEnv(string Secret, string? Prefix = null) : EnvImport;
