using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>ValidateNetworkPolicy (pkg/apis/networking/validation/validation.go): selectors, ports, peers, policy types.</summary>
internal static class NetworkPolicyValidation
{
    private static readonly string[] Protocols = ["TCP", "UDP", "SCTP"];
    private static readonly string[] PolicyTypes = ["Ingress", "Egress"];

    public static IReadOnlyList<FieldError> Validate(JsonObject policy)
    {
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(policy, KubernetesNames.CheckDns1123Subdomain));
        var spec = policy.Object("spec");
        errors.AddRange(LabelSelectorValidation.Validate(spec.Object("podSelector"), "spec.podSelector"));
        foreach (var (direction, peers) in new[] { ("ingress", "from"), ("egress", "to") })
        {
            var rules = spec.Array(direction).Objects().ToList();
            for (var i = 0; i < rules.Count; i++)
            {
                var rulePath = $"spec.{direction}[{i}]";
                var ports = rules[i].Array("ports").Objects().ToList();
                for (var j = 0; j < ports.Count; j++)
                {
                    errors.AddRange(Port(ports[j], $"{rulePath}.ports[{j}]"));
                }

                var peerList = rules[i].Array(peers).Objects().ToList();
                for (var j = 0; j < peerList.Count; j++)
                {
                    errors.AddRange(Peer(peerList[j], $"{rulePath}.{peers}[{j}]"));
                }
            }
        }

        var types = spec.Array("policyTypes")?.Select(type => type?.GetValue<string>() ?? "").ToList() ?? [];
        if (types.Count > PolicyTypes.Length)
        {
            errors.Add(FieldError.InvalidPrinted("spec.policyTypes", "&[]networking.PolicyType{" + string.Join(", ", types.Select(FieldError.Quote)) + "}", "may not specify more than two policyTypes"));
            return errors;
        }

        for (var i = 0; i < types.Count; i++)
        {
            if (!PolicyTypes.Contains(types[i]))
            {
                errors.Add(FieldError.NotSupported($"spec.policyTypes[{i}]", types[i], PolicyTypes));
            }
        }

        return errors;
    }

    private static IEnumerable<FieldError> Port(JsonObject port, string path)
    {
        if (port.String("protocol") is { } protocol && !Protocols.Contains(protocol))
        {
            yield return FieldError.NotSupported(path + ".protocol", protocol, Protocols);
        }

        var endPort = port.Integer("endPort");
        if (port["port"].AsInteger() is { } number)
        {
            foreach (var error in ObjectMetaValidation.PortNumberOrName(port["port"], path + ".port"))
            {
                yield return error;
            }

            if (endPort is { } end)
            {
                if (end < number)
                {
                    yield return FieldError.Invalid(path + ".endPort", end, "must be greater than or equal to `port`");
                }

                foreach (var problem in KubernetesNames.CheckPortNumber(end))
                {
                    yield return FieldError.Invalid(path + ".endPort", end, problem);
                }
            }
        }
        else if (port["port"] is not null)
        {
            if (endPort is { } end)
            {
                yield return FieldError.Invalid(path + ".endPort", end, "may not be specified when `port` is non-numeric");
            }

            foreach (var error in ObjectMetaValidation.PortNumberOrName(port["port"], path + ".port"))
            {
                yield return error;
            }
        }
        else if (endPort is { } end)
        {
            yield return FieldError.Invalid(path + ".endPort", end, "may not be specified when `port` is not specified");
        }
    }

    private static IEnumerable<FieldError> Peer(JsonObject peer, string path)
    {
        var selectors = new[] { "podSelector", "namespaceSelector" }.Where(name => peer[name] is JsonObject).ToList();
        foreach (var selector in selectors)
        {
            foreach (var error in LabelSelectorValidation.Validate(peer.Object(selector), $"{path}.{selector}"))
            {
                yield return error;
            }
        }

        var ipBlock = peer.Object("ipBlock");
        if (ipBlock is not null && string.IsNullOrEmpty(ipBlock.String("cidr")))
        {
            yield return FieldError.Required(path + ".ipBlock.cidr");
        }

        var count = selectors.Count + (ipBlock is null ? 0 : 1);
        if (count == 0)
        {
            yield return FieldError.Required(path, "must specify a peer");
        }
        else if (count > 1 && ipBlock is not null)
        {
            yield return FieldError.Forbidden(path, "may not specify both ipBlock and another peer");
        }
    }
}
