using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>SetDefaults_Service and the Service strategy's field resets, applied before validation.</summary>
internal static class ServiceDefaults
{
    public static void Apply(JsonObject service)
    {
        var spec = service.EnsureObject("spec");
        spec["sessionAffinity"] ??= "None";
        spec["type"] ??= "ClusterIP";
        var type = spec.String("type");
        foreach (var port in spec.Array("ports").Objects())
        {
            port["protocol"] ??= "TCP";
            if (port["targetPort"] is null || port.Integer("targetPort") == 0 || port.String("targetPort") == "")
            {
                port["targetPort"] = port["port"]?.DeepClone();
            }
        }

        if (type is "NodePort" or "LoadBalancer")
        {
            spec["externalTrafficPolicy"] ??= "Cluster";
        }

        if (type == "LoadBalancer")
        {
            spec["allocateLoadBalancerNodePorts"] ??= true;
        }

        if (type != "ExternalName")
        {
            spec["internalTrafficPolicy"] ??= "Cluster";
        }

        service["status"] = new JsonObject { ["loadBalancer"] = new JsonObject() };
    }

    /// <summary>
    /// dropTypeDependentFields: a type change that makes a field meaningless clears it, when the client left it as it was.
    /// </summary>
    public static void DropTypeDependentFields(JsonObject service, JsonObject old)
    {
        var spec = service.EnsureObject("spec");
        var oldSpec = old.Object("spec");
        if (NeedsNodePorts(oldSpec) && !NeedsNodePorts(spec) && SameNodePorts(spec, oldSpec))
        {
            foreach (var port in spec.Array("ports").Objects())
            {
                port.Remove("nodePort");
            }
        }

        if (Validation.ServiceValidation.NeedsHealthCheck(oldSpec) && !Validation.ServiceValidation.NeedsHealthCheck(spec)
            && spec.Integer("healthCheckNodePort") == oldSpec.Integer("healthCheckNodePort"))
        {
            spec.Remove("healthCheckNodePort");
        }

        if (oldSpec.String("type") == "LoadBalancer" && spec.String("type") != "LoadBalancer"
            && JsonNode.DeepEquals(spec["allocateLoadBalancerNodePorts"], oldSpec?["allocateLoadBalancerNodePorts"]))
        {
            spec.Remove("allocateLoadBalancerNodePorts");
        }

        if (oldSpec.String("type") is "NodePort" or "LoadBalancer" && spec.String("type") is not ("NodePort" or "LoadBalancer")
            && spec.String("externalTrafficPolicy") == oldSpec.String("externalTrafficPolicy"))
        {
            spec.Remove("externalTrafficPolicy");
        }
    }

    /// <summary>
    /// patchAllocatedValues: values the server allocated survive an update that omits them; nodePorts are matched
    /// by port name and never reused for a port that claims another number.
    /// </summary>
    public static void PatchAllocatedValues(JsonObject service, JsonObject old)
    {
        var spec = service.EnsureObject("spec");
        var oldSpec = old.Object("spec");
        if (NeedsClusterIp(oldSpec) && NeedsClusterIp(spec))
        {
            if (string.IsNullOrEmpty(spec.String("clusterIP")) && oldSpec?["clusterIP"] is { } clusterIp)
            {
                spec["clusterIP"] = clusterIp.DeepClone();
            }

            if ((spec.Array("clusterIPs")?.Count ?? 0) == 0 && oldSpec?["clusterIPs"] is { } clusterIps)
            {
                spec["clusterIPs"] = clusterIps.DeepClone();
            }
        }

        if (NeedsNodePorts(oldSpec) && NeedsNodePorts(spec))
        {
            var used = NodePorts(oldSpec).Intersect(NodePorts(spec)).ToHashSet();
            var byName = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var port in oldSpec.Array("ports").Objects())
            {
                byName[port.String("name") ?? ""] = port.Integer("nodePort") ?? 0;
            }

            foreach (var port in spec.Array("ports").Objects().Where(port => (port.Integer("nodePort") ?? 0) == 0))
            {
                var previous = byName.GetValueOrDefault(port.String("name") ?? "");
                if (previous != 0 && !used.Contains(previous))
                {
                    port["nodePort"] = previous;
                }
            }
        }

        if (Validation.ServiceValidation.NeedsHealthCheck(oldSpec) && Validation.ServiceValidation.NeedsHealthCheck(spec)
            && (spec.Integer("healthCheckNodePort") ?? 0) == 0 && oldSpec?["healthCheckNodePort"] is { } healthCheckNodePort)
        {
            spec["healthCheckNodePort"] = healthCheckNodePort.DeepClone();
        }
    }

    public static bool NeedsNodePorts(JsonObject? spec) => spec.String("type") is "NodePort" or "LoadBalancer";

    public static bool NeedsClusterIp(JsonObject? spec) => spec.String("type") != "ExternalName";

    public static IEnumerable<long> NodePorts(JsonObject? spec) =>
        spec.Array("ports").Objects().Select(port => port.Integer("nodePort") ?? 0).Where(port => port != 0);

    private static bool SameNodePorts(JsonObject spec, JsonObject? oldSpec) =>
        NodePorts(spec).Order().SequenceEqual(NodePorts(oldSpec).Order());
}
