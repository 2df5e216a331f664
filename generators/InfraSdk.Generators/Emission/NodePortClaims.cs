using System.Collections.Generic;
using InfraSdk.Extraction.Model;

namespace InfraSdk.Generators.Emission;

/// <summary>The nodePorts (and healthCheckNodePorts) a topology's Services pin, for referencing projects' analyzers.</summary>
internal static class NodePortClaims
{
    public static EquatableArray<NodePortClaimEmission> Of(TopologySpec topology)
    {
        var claims = new List<NodePortClaimEmission>();
        if (!TopologyShape.CanGenerate(topology))
        {
            return claims.ToEquatableArray();
        }

        foreach (var resource in topology.Resources)
        {
            if (!resource.HasNodePorts || !TopologyShape.CanRead(resource) || resource.Name is not { } name)
            {
                continue;
            }

            var ns = resource.NamespaceOr(topology.KubernetesNamespace);
            foreach (var port in resource.Ports)
            {
                if (port.NodePort is { } nodePort)
                {
                    var source = (port.NodePortSpan ?? port.Span).ToDisplayString();
                    claims.Add(new NodePortClaimEmission(nodePort, ns, name.Value, source, port.Protocol, port.Port));
                }
            }

            if (resource.Kind == ResourceKind.LoadBalancerService && resource.HealthCheckNodePort is { } healthCheck)
            {
                claims.Add(new NodePortClaimEmission(healthCheck.Value, ns, name.Value, healthCheck.Span.ToDisplayString(), null, null));
            }
        }

        return claims.ToEquatableArray();
    }
}
