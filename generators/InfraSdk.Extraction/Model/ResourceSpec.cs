using InfraSdk.Declarations;
using System.Collections.Generic;

namespace InfraSdk.Extraction.Model;

/// <summary>
/// One static field or property of a model type in a topology class, as far as the compiler can evaluate it.
/// Values that are not compile-time constants are listed in <see cref="NonConstantValues"/> and left unset here;
/// when that list is non-empty the generator leaves the manifest to the runtime mapping.
/// </summary>
internal sealed record ResourceSpec(
    string MemberName,
    ResourceKind Kind,
    bool IsStatic,
    bool IsReadOnly,
    SourceSpan MemberSpan,
    EquatableArray<SourceSpan> NonConstantValues,
    Spanned<string>? Name,
    Spanned<string>? Namespace,
    EquatableArray<LabelSpec> Labels,
    EquatableArray<LabelSpec> Annotations,
    // Deployment
    Spanned<string>? Image,
    Spanned<int>? Replicas,
    EquatableArray<Spanned<int>> ContainerPorts,
    // Service
    EquatableArray<LabelSpec> Selector,
    EquatableArray<ServicePortSpec> Ports,
    Spanned<string>? ExternalTrafficPolicy,
    Spanned<string>? HttpProbePath,
    bool TcpProbe,
    Spanned<int>? HealthCheckNodePort,
    Spanned<bool>? AllocateLoadBalancerNodePorts)
{
    /// <summary>False for a member declared without a value (<c>static readonly Deployment Web;</c>): it is null at run time.</summary>
    public bool HasInitializer { get; init; } = true;

    /// <summary>Declared with a nullable type (<c>Deployment?</c>).</summary>
    public bool IsNullable { get; init; }

    /// <summary>Every value is known at compile time: the generator writes this manifest's YAML.</summary>
    public bool IsComplete => NonConstantValues.Count == 0 && Name is not null;

    public bool IsService => Kind != ResourceKind.Deployment;

    /// <summary>NodePort and LoadBalancer Services get nodePorts.</summary>
    public bool HasNodePorts => Kind is ResourceKind.NodePortService or ResourceKind.LoadBalancerService;

    /// <summary>
    /// The nodePorts a NodePort or LoadBalancer Service pins: each port's constant nodePort, then its
    /// healthCheckNodePort. Empty for other kinds, which get no nodePorts.
    /// </summary>
    public IEnumerable<PinnedNodePort> PinnedNodePorts()
    {
        if (!HasNodePorts)
        {
            yield break;
        }

        foreach (var port in Ports)
        {
            if (port.NodePort is { } nodePort && port.NodePortSpan is { } span)
            {
                yield return new PinnedNodePort(nodePort, span, port);
            }
        }

        if (HealthCheckNodePort is { } healthCheck)
        {
            yield return new PinnedNodePort(healthCheck.Value, healthCheck.Span, null);
        }
    }

    /// <summary>The Kubernetes namespace of this resource: its own, else the topology's.</summary>
    public string NamespaceOr(string topologyNamespace) => Namespace?.Value ?? topologyNamespace;
}
