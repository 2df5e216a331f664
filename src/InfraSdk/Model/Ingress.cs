using k8s.Models;

namespace InfraSdk;

/// <summary>A networking.k8s.io/v1 Ingress: HTTP routes to declared Services.</summary>
public sealed class Ingress(string name) : Resource<V1Ingress>(name)
{
    public override string Kind => "Ingress";

    /// <summary>spec.ingressClassName, e.g. "nginx".</summary>
    public string? ClassName { get; init; }

    public List<IngressRule> Rules { get; init; } = [];

    /// <summary>TLS termination: a Secret of type kubernetes.io/tls and the hosts it serves.</summary>
    public List<IngressTls> Tls { get; init; } = [];
}

/// <summary>Routes for one host (every host when null).</summary>
public sealed record IngressRule(string? Host = null)
{
    public List<IngressPath> Paths { get; init; } = [];
}

/// <summary>
/// A path routed to port <paramref name="Port"/> (or the port named <paramref name="PortName"/>) of Service
/// <paramref name="Service"/>.
/// </summary>
public sealed record IngressPath(string Path, string Service, int? Port = null, string? PortName = null, PathType PathType = PathType.Prefix);

public enum PathType
{
    Prefix,
    Exact,
    ImplementationSpecific,
}

public sealed record IngressTls(string SecretName)
{
    public List<string> Hosts { get; init; } = [];
}
