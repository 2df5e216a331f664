using InfraSdk.Declarations;
using System.Collections.Generic;
using InfraSdk.Extraction.Model;

namespace InfraSdk.Generators.Emission;

/// <summary>The nodePorts (and healthCheckNodePorts) a topology's Services pin, for referencing projects' analyzers.</summary>
internal static class NodePortClaims
{
    public static EquatableArray<NodePortClaimEmission> Of(TopologySpec topology)
    {
        var claims = new List<NodePortClaimEmission>();
        if (!topology.CanTakeGeneratedMembers)
        {
            return claims.ToEquatableArray();
        }

        foreach (var resource in topology.Resources)
        {
            if (!TopologyShape.CanRead(resource) || resource.Name is not { } name)
            {
                continue;
            }

            var ns = resource.NamespaceOr(topology.KubernetesNamespace);
            foreach (var pinned in resource.PinnedNodePorts())
            {
                claims.Add(new NodePortClaimEmission(pinned.NodePort, ns, name.Value, pinned.Span.ToDisplayString(), pinned.Port?.Protocol, pinned.Port?.Port));
            }
        }

        return claims.ToEquatableArray();
    }
}
