using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>
/// ValidatePodSpec (pkg/apis/core/validation/validation.go) for the fields a pod template of ours carries: volumes,
/// and each container's name, image, ports, env, volume mounts, resources and probes. The restart policy is the
/// owning kind's rule.
/// </summary>
internal static class PodSpecValidation
{
    private static readonly string[] Protocols = ["SCTP", "TCP", "UDP"];
    private static readonly string[] Schemes = ["HTTP", "HTTPS"];
    private static readonly string[] ProbeNames = ["livenessProbe", "readinessProbe", "startupProbe"];
    private static readonly string[] ProbeHandlers = ["exec", "httpGet", "tcpSocket", "grpc"];
    private static readonly string[] ProbeCounts = ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"];

    /// <summary>Validates a pod spec; <paramref name="claimNames"/> are volumes a StatefulSet's claim templates add.</summary>
    public static IEnumerable<FieldError> Validate(JsonObject? podSpec, string path, IEnumerable<string>? claimNames = null)
    {
        var volumes = new HashSet<string>(StringComparer.Ordinal);
        var volumeList = podSpec.Array("volumes").Objects().ToList();
        for (var i = 0; i < volumeList.Count; i++)
        {
            foreach (var error in Volume(volumeList[i], volumes, $"{path}.volumes[{i}]"))
            {
                yield return error;
            }
        }

        volumes.UnionWith(claimNames ?? []);
        var containers = podSpec.Array("containers").Objects().ToList();
        if (containers.Count == 0)
        {
            yield return FieldError.Required(path + ".containers");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < containers.Count; i++)
        {
            foreach (var error in Container(containers[i], names, volumes, $"{path}.containers[{i}]"))
            {
                yield return error;
            }
        }
    }

    private static IEnumerable<FieldError> Volume(JsonObject volume, HashSet<string> names, string path)
    {
        var name = volume.String("name") ?? "";
        if (name.Length == 0)
        {
            yield return FieldError.Required(path + ".name");
            yield break;
        }

        foreach (var problem in KubernetesNames.CheckDns1123Label(name))
        {
            yield return FieldError.Invalid(path + ".name", name, problem);
        }

        if (!names.Add(name))
        {
            yield return FieldError.Duplicate(path + ".name", name);
        }
    }

    private static IEnumerable<FieldError> Container(JsonObject container, HashSet<string> names, HashSet<string> volumes, string path)
    {
        var name = container.String("name") ?? "";
        if (name.Length == 0)
        {
            yield return FieldError.Required(path + ".name");
        }
        else
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

        if (string.IsNullOrWhiteSpace(container.String("image")))
        {
            yield return FieldError.Required(path + ".image");
        }

        foreach (var error in Ports(container.Array("ports").Objects().ToList(), path + ".ports")
                     .Concat(Env(container.Array("env").Objects().ToList(), path + ".env"))
                     .Concat(VolumeMounts(container.Array("volumeMounts").Objects().ToList(), volumes, path + ".volumeMounts"))
                     .Concat(ProbeNames.SelectMany(probe => Probe(container.Object(probe), probe, $"{path}.{probe}")))
                     .Concat(Resources(container.Object("resources"), path + ".resources")))
        {
            yield return error;
        }
    }

    private static IEnumerable<FieldError> Ports(List<JsonObject> ports, string path)
    {
        var portNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ports.Count; i++)
        {
            var portPath = $"{path}[{i}]";
            var portName = ports[i].String("name") ?? "";
            if (portName.Length > 0)
            {
                foreach (var problem in KubernetesNames.CheckPortName(portName))
                {
                    yield return FieldError.Invalid(portPath + ".name", portName, problem);
                }

                if (!portNames.Add(portName))
                {
                    yield return FieldError.Duplicate(portPath + ".name", portName);
                }
            }

            var containerPort = ports[i].Integer("containerPort") ?? 0;
            if (containerPort == 0)
            {
                yield return FieldError.Required(portPath + ".containerPort");
            }
            else
            {
                foreach (var problem in KubernetesNames.CheckPortNumber(containerPort))
                {
                    yield return FieldError.Invalid(portPath + ".containerPort", containerPort, problem);
                }
            }

            if (ports[i].Integer("hostPort") is { } hostPort and not 0)
            {
                foreach (var problem in KubernetesNames.CheckPortNumber(hostPort))
                {
                    yield return FieldError.Invalid(portPath + ".hostPort", hostPort, problem);
                }
            }

            var protocol = ports[i].String("protocol") ?? "";
            if (protocol.Length == 0)
            {
                yield return FieldError.Required(portPath + ".protocol");
            }
            else if (!Protocols.Contains(protocol))
            {
                yield return FieldError.NotSupported(portPath + ".protocol", protocol, Protocols);
            }
        }
    }

    /// <summary>ValidateEnv: every variable named with IsEnvVarName.</summary>
    private static IEnumerable<FieldError> Env(List<JsonObject> env, string path)
    {
        for (var i = 0; i < env.Count; i++)
        {
            var name = env[i].String("name") ?? "";
            if (name.Length == 0)
            {
                yield return FieldError.Required($"{path}[{i}].name");
                continue;
            }

            foreach (var problem in ValueNames.CheckEnvVarName(name))
            {
                yield return FieldError.Invalid($"{path}[{i}].name", name, problem);
            }
        }
    }

    /// <summary>ValidateVolumeMounts: each mount names a volume of the pod and has a path of its own.</summary>
    private static IEnumerable<FieldError> VolumeMounts(List<JsonObject> mounts, HashSet<string> volumes, string path)
    {
        var mountPaths = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < mounts.Count; i++)
        {
            var name = mounts[i].String("name") ?? "";
            if (name.Length == 0)
            {
                yield return FieldError.Required($"{path}[{i}].name");
            }

            if (!volumes.Contains(name))
            {
                yield return FieldError.NotFound($"{path}[{i}].name", name);
            }

            var mountPath = mounts[i].String("mountPath") ?? "";
            if (mountPath.Length == 0)
            {
                yield return FieldError.Required($"{path}[{i}].mountPath");
            }

            if (!mountPaths.Add(mountPath))
            {
                yield return FieldError.Invalid($"{path}[{i}].mountPath", mountPath, "must be unique");
            }
        }
    }

    /// <summary>validateProbe and validateHandler: exactly one handler, a valid port, non-negative counts.</summary>
    private static IEnumerable<FieldError> Probe(JsonObject? probe, string name, string path)
    {
        if (probe is null)
        {
            yield break;
        }

        var handlers = ProbeHandlers.Where(handler => probe[handler] is JsonObject).ToList();
        if (handlers.Count == 0)
        {
            yield return FieldError.Required(path, "must specify a handler type");
        }

        foreach (var extra in handlers.Skip(1))
        {
            yield return FieldError.Forbidden($"{path}.{extra}", "may not specify more than 1 handler type");
        }

        if (handlers.Count > 0)
        {
            foreach (var error in Handler(probe.Object(handlers[0])!, handlers[0], $"{path}.{handlers[0]}"))
            {
                yield return error;
            }
        }

        foreach (var count in ProbeCounts)
        {
            if (probe.Integer(count) is < 0 and var value)
            {
                yield return FieldError.Invalid($"{path}.{count}", value, "must be greater than or equal to 0");
            }
        }

        if (name != "readinessProbe" && probe.Integer("successThreshold") is { } threshold and not 1)
        {
            yield return FieldError.Invalid(path + ".successThreshold", threshold, "must be 1");
        }
    }

    private static IEnumerable<FieldError> Handler(JsonObject handler, string type, string path)
    {
        switch (type)
        {
            case "exec":
                if ((handler.Array("command")?.Count ?? 0) == 0)
                {
                    yield return FieldError.Required(path + ".command");
                }

                break;
            case "httpGet":
                if (string.IsNullOrEmpty(handler.String("path")))
                {
                    yield return FieldError.Required(path + ".path");
                }

                foreach (var error in ProbePort(handler["port"], path + ".port"))
                {
                    yield return error;
                }

                var scheme = handler.String("scheme") ?? "";
                if (!Schemes.Contains(scheme))
                {
                    yield return FieldError.NotSupported(path + ".scheme", scheme, Schemes);
                }

                break;
            case "tcpSocket":
                foreach (var error in ProbePort(handler["port"], path + ".port"))
                {
                    yield return error;
                }

                break;
            case "grpc":
                var port = handler.Integer("port") ?? 0;
                foreach (var problem in KubernetesNames.CheckPortNumber(port))
                {
                    yield return FieldError.Invalid(path + ".port", port, problem);
                }

                break;
        }
    }

    /// <summary>A missing probe port is the IntOrString zero value: the number 0.</summary>
    private static IEnumerable<FieldError> ProbePort(JsonNode? port, string path) =>
        port is null ? [FieldError.Invalid(path, 0, KubernetesNames.CheckPortNumber(0)[0])] : ObjectMetaValidation.PortNumberOrName(port, path);

    /// <summary>ValidateResourceRequirements: quantities not negative, each request at most its limit.</summary>
    private static IEnumerable<FieldError> Resources(JsonObject? resources, string path)
    {
        var limits = Quantities(resources.Object("limits"));
        var requests = Quantities(resources.Object("requests"));
        foreach (var (resource, text) in limits)
        {
            if (Quantity.Parse(text) < 0)
            {
                yield return FieldError.Invalid($"{path}.limits[{resource}]", text, "must be greater than or equal to 0");
            }
        }

        foreach (var (resource, text) in requests)
        {
            var request = Quantity.Parse(text);
            if (request < 0)
            {
                yield return FieldError.Invalid($"{path}.requests[{resource}]", text, "must be greater than or equal to 0");
            }

            if (limits.TryGetValue(resource, out var limitText) && request > Quantity.Parse(limitText))
            {
                yield return FieldError.Invalid(path + ".requests", text, $"must be less than or equal to {resource} limit of {limitText}");
            }
        }
    }

    /// <summary>A requests or limits map; a quantity may be written as a JSON number or string.</summary>
    private static Dictionary<string, string> Quantities(JsonObject? map) =>
        map?.Where(entry => entry.Value is JsonValue).ToDictionary(entry => entry.Key, entry => entry.Value!.GetValueKind() == System.Text.Json.JsonValueKind.String ? entry.Value.GetValue<string>() : entry.Value.ToJsonString(), StringComparer.Ordinal)
        ?? new Dictionary<string, string>(StringComparer.Ordinal);
}
