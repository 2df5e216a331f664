using InfraSdk.Rules;
using System.Collections.Generic;
using InfraSdk.Extraction.Model;

namespace InfraSdk.Analyzers.Index;

/// <summary>The nodePorts a topology's NodePort and LoadBalancer Services pin, including healthCheckNodePorts.</summary>
internal static class LocalClaims
{
    public static IEnumerable<NodePortClaim> Of(TopologySpec topology)
    {
        foreach (var resource in topology.Resources)
        {
            var service = resource.NamespaceOr(topology.KubernetesNamespace) + "/" + (resource.Name?.Value ?? resource.MemberName);
            var owner = topology.ContainingNamespace + "." + topology.ClassName + "." + resource.MemberName;
            foreach (var pinned in resource.PinnedNodePorts())
            {
                var source = pinned.Span.ToDisplayString();
                yield return pinned.Port is { } port
                    ? new NodePortClaim(pinned.NodePort, NodePortClaim.NodePortField, owner, service, source, pinned.Span, port.Port, port.Protocol)
                    : new NodePortClaim(pinned.NodePort, NodePortClaim.HealthCheckNodePortField, owner, service, source, pinned.Span, 0, string.Empty);
            }
        }
    }
}
