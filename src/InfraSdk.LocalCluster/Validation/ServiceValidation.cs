using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>ValidateService (pkg/apis/core/validation/validation.go) for the fields a Service of ours carries.</summary>
internal static class ServiceValidation
{
    public static readonly string[] Types = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
    private static readonly string[] Protocols = ["SCTP", "TCP", "UDP"];
    private static readonly string[] SessionAffinities = ["ClientIP", "None"];
    private static readonly string[] TrafficPolicies = ["Cluster", "Local"];

    public static IReadOnlyList<FieldError> Validate(JsonObject service)
    {
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(service, KubernetesNames.CheckDns1035Label));
        var spec = service.Object("spec");
        var type = spec.String("type") ?? "";
        var ports = spec.Array("ports").Objects().ToList();
        var headless = spec.String("clusterIP") == "None";

        if (ports.Count == 0 && !headless && type != "ExternalName")
        {
            errors.Add(FieldError.Required("spec.ports"));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ports.Count; i++)
        {
            errors.AddRange(ValidatePort(ports[i], ports.Count > 1, names, $"spec.ports[{i}]"));
        }

        errors.AddRange(ObjectMetaValidation.Labels(spec.StringMap("selector"), "spec.selector"));

        var affinity = spec.String("sessionAffinity") ?? "";
        if (affinity.Length == 0)
        {
            errors.Add(FieldError.Required("spec.sessionAffinity"));
        }
        else if (!SessionAffinities.Contains(affinity))
        {
            errors.Add(FieldError.NotSupported("spec.sessionAffinity", affinity, SessionAffinities));
        }

        if (type.Length == 0)
        {
            errors.Add(FieldError.Required("spec.type"));
        }
        else if (!Types.Contains(type))
        {
            errors.Add(FieldError.NotSupported("spec.type", type, Types));
        }

        if (type == "ClusterIP")
        {
            for (var i = 0; i < ports.Count; i++)
            {
                if ((ports[i].Integer("nodePort") ?? 0) != 0)
                {
                    errors.Add(FieldError.Forbidden($"spec.ports[{i}].nodePort", "may not be used when `type` is 'ClusterIP'"));
                }
            }
        }

        errors.AddRange(DuplicateNodePorts(ports));
        errors.AddRange(DuplicatePorts(ports));
        errors.AddRange(ExternalTrafficPolicy(spec, type));
        return errors;
    }

    /// <summary>ValidateServiceUpdate: an assigned cluster IP stays, unless the Service is or becomes ExternalName.</summary>
    public static IEnumerable<FieldError> ValidateUpdate(JsonObject service, JsonObject old)
    {
        var spec = service.Object("spec");
        var oldSpec = old.Object("spec");
        var oldIp = oldSpec.String("clusterIP") ?? "";
        var newIp = spec.String("clusterIP") ?? "";
        if (spec.String("type") != "ExternalName" && oldSpec.String("type") != "ExternalName" && oldIp.Length > 0 && newIp != oldIp)
        {
            yield return FieldError.Invalid("spec.clusterIP", newIp, "field is immutable");
        }
    }

    /// <summary>validateServicePort.</summary>
    private static IEnumerable<FieldError> ValidatePort(JsonObject port, bool requireName, HashSet<string> names, string path)
    {
        var name = port.String("name") ?? "";
        if (requireName && name.Length == 0)
        {
            yield return FieldError.Required(path + ".name");
        }
        else if (name.Length > 0)
        {
            foreach (var problem in KubernetesNames.CheckDns1123Label(name))
            {
                yield return FieldError.Invalid(path + ".name", name, problem);
            }

            if (!names.Add(name))
            {
                yield return FieldError.Duplicate(path + ".name", name);
            }
        }

        var number = port.Integer("port") ?? 0;
        foreach (var problem in KubernetesNames.CheckPortNumber(number))
        {
            yield return FieldError.Invalid(path + ".port", number, problem);
        }

        var protocol = port.String("protocol") ?? "";
        if (protocol.Length == 0)
        {
            yield return FieldError.Required(path + ".protocol");
        }
        else if (!Protocols.Contains(protocol))
        {
            yield return FieldError.NotSupported(path + ".protocol", protocol, Protocols);
        }

        foreach (var error in ObjectMetaValidation.PortNumberOrName(port["targetPort"], path + ".targetPort"))
        {
            yield return error;
        }
    }

    /// <summary>A (protocol, nodePort) pair may appear once per Service.</summary>
    private static IEnumerable<FieldError> DuplicateNodePorts(List<JsonObject> ports)
    {
        var seen = new HashSet<(string?, long)>();
        for (var i = 0; i < ports.Count; i++)
        {
            var nodePort = ports[i].Integer("nodePort") ?? 0;
            if (nodePort != 0 && !seen.Add((ports[i].String("protocol"), nodePort)))
            {
                yield return FieldError.Duplicate($"spec.ports[{i}].nodePort", nodePort);
            }
        }
    }

    /// <summary>A (protocol, port) pair may appear once; the API server prints the key as a Go struct.</summary>
    private static IEnumerable<FieldError> DuplicatePorts(List<JsonObject> ports)
    {
        var seen = new HashSet<(string?, long)>();
        for (var i = 0; i < ports.Count; i++)
        {
            var protocol = ports[i].String("protocol") ?? "";
            var port = ports[i].Integer("port") ?? 0;
            if (!seen.Add((protocol, port)))
            {
                yield return FieldError.DuplicatePrinted(
                    $"spec.ports[{i}]",
                    $"core.ServicePort{{Name:\"\", Protocol:{FieldError.Quote(protocol)}, AppProtocol:(*string)(nil), Port:{port}, TargetPort:intstr.IntOrString{{Type:0, IntVal:0, StrVal:\"\"}}, NodePort:0}}");
            }
        }
    }

    /// <summary>validateServiceExternalTrafficPolicy.</summary>
    private static IEnumerable<FieldError> ExternalTrafficPolicy(JsonObject? spec, string type)
    {
        var policy = spec.String("externalTrafficPolicy") ?? "";
        if (type is not ("NodePort" or "LoadBalancer"))
        {
            if (policy.Length > 0)
            {
                yield return FieldError.Invalid("spec.externalTrafficPolicy", policy, "may only be set for externally-accessible services");
            }
        }
        else if (policy.Length == 0)
        {
            yield return FieldError.Required("spec.externalTrafficPolicy");
        }
        else if (!TrafficPolicies.Contains(policy))
        {
            yield return FieldError.NotSupported("spec.externalTrafficPolicy", policy, TrafficPolicies);
        }

        var healthCheckNodePort = spec.Integer("healthCheckNodePort") ?? 0;
        if (!NeedsHealthCheck(spec) && healthCheckNodePort != 0)
        {
            yield return FieldError.Invalid("spec.healthCheckNodePort", healthCheckNodePort, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'");
        }
    }

    public static bool NeedsHealthCheck(JsonObject? spec) => spec.String("type") == "LoadBalancer" && spec.String("externalTrafficPolicy") == "Local";
}
