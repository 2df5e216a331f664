namespace InfraSdk;

/// <summary>
/// Generated into every assembly that declares topologies: one per pinned nodePort (and healthCheckNodePort), so
/// that the analyzers of a project referencing this assembly see its claims (IS0002 across projects).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class NodePortClaimAttribute(int nodePort, string @namespace, string service, string source) : Attribute
{
    public int NodePort { get; } = nodePort;

    public string Namespace { get; } = @namespace;

    public string Service { get; } = service;

    /// <summary>Where the claim is declared, e.g. "ShopTopology.cs:17".</summary>
    public string Source { get; } = source;

    /// <summary>The protocol of the claiming port ("TCP", "UDP", "SCTP").</summary>
    public string Protocol { get; set; } = "TCP";

    /// <summary>The claiming port's service port, to allow one Service's 53/TCP and 53/UDP to share a nodePort.</summary>
    public int Port { get; set; }
}
