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
            if (!resource.HasNodePorts)
            {
                continue;
            }

            var service = resource.NamespaceOr(topology.KubernetesNamespace) + "/" + (resource.Name?.Value ?? resource.MemberName);
            var owner = topology.ContainingNamespace + "." + topology.ClassName + "." + resource.MemberName;
            foreach (var port in resource.Ports)
            {
                if (port.NodePort is { } nodePort && port.NodePortSpan is { } span)
                {
                    yield return new NodePortClaim(nodePort, NodePortClaim.NodePortField, owner, service, span.ToDisplayString(), span, port.Port, port.Protocol);
                }
            }

            if (resource.HealthCheckNodePort is { } healthCheck)
            {
                yield return new NodePortClaim(healthCheck.Value, NodePortClaim.HealthCheckNodePortField, owner, service, healthCheck.Span.ToDisplayString(), healthCheck.Span, 0, string.Empty);
            }
        }
    }
}
