using System.Collections.Generic;
using InfraSdk.Declarations;

namespace InfraSdk.Extraction.Model;

/// <summary>
/// One static field or property of a model type in a topology class: its <see cref="Declaration"/> as far as the
/// compiler can evaluate it, and the typed views of it that nodePort claims and code fixes read. Values that are not compile-time constants are
/// listed in <see cref="NonConstantValues"/> and left out; then the generator leaves the manifest to the runtime.
/// </summary>
internal sealed record ResourceSpec(
    string MemberName,
    ResourceKind Kind,
    bool IsStatic,
    bool IsReadOnly,
    SourceSpan MemberSpan,
    EquatableArray<SourceSpan> NonConstantValues,
    DeclObject? Declaration,
    Spanned<string>? Name,
    Spanned<string>? Namespace,
    EquatableArray<ServicePortSpec> Ports,
    Spanned<int>? HealthCheckNodePort)
{
    /// <summary>False for a member declared without a value (<c>static readonly Deployment Web;</c>): it is null at run time.</summary>
    public bool HasInitializer { get; init; } = true;

    /// <summary>Declared with a nullable type (<c>Deployment?</c>).</summary>
    public bool IsNullable { get; init; }

    /// <summary>Sets a <c>Customize</c> callback: the manifest is mapped at run time, where the callback runs.</summary>
    public bool IsCustomized { get; init; }

    /// <summary>Every value is known at compile time.</summary>
    public bool IsComplete => NonConstantValues.Count == 0 && Name is not null && Declaration is not null;

    /// <summary>The generator can write this manifest's YAML: complete, and nothing left for the runtime to apply.</summary>
    public bool IsCompiled => IsComplete && !IsCustomized && Kind != ResourceKind.KubernetesObject;

    public bool IsService => Kind is ResourceKind.ClusterIPService or ResourceKind.NodePortService or ResourceKind.LoadBalancerService;

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
