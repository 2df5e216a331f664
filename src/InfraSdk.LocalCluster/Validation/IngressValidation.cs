using System.Net;
using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>ValidateIngressCreate (pkg/apis/networking/validation/validation.go) for the fields an Ingress of ours carries.</summary>
internal static class IngressValidation
{
    private static readonly string[] PathTypes = ["Exact", "ImplementationSpecific", "Prefix"];
    private static readonly string[] InvalidPathSequences = ["//", "/./", "/../", "%2f", "%2F"];
    private static readonly string[] InvalidPathSuffixes = ["/..", "/."];

    public static IReadOnlyList<FieldError> Validate(JsonObject ingress)
    {
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(ingress, KubernetesNames.CheckDns1123Subdomain));
        var spec = ingress.Object("spec");
        var rules = spec.Array("rules").Objects().ToList();
        if (rules.Count == 0 && spec.Object("defaultBackend") is null)
        {
            errors.Add(FieldError.InvalidPrinted("spec", "[]networking.IngressRule(nil)", "either `defaultBackend` or `rules` must be specified"));
        }

        if (spec.Object("defaultBackend") is { } defaultBackend)
        {
            errors.AddRange(Backend(defaultBackend, "spec.defaultBackend"));
        }

        for (var i = 0; i < rules.Count; i++)
        {
            errors.AddRange(Rule(rules[i], $"spec.rules[{i}]"));
        }

        var tls = spec.Array("tls").Objects().ToList();
        for (var i = 0; i < tls.Count; i++)
        {
            var hosts = tls[i].Array("hosts")?.Select(host => host?.GetValue<string>() ?? "").ToList() ?? [];
            for (var j = 0; j < hosts.Count; j++)
            {
                errors.AddRange(Host(hosts[j], $"spec.tls[{i}].hosts[{j}]", checkIp: false));
            }

            if (tls[i].String("secretName") is { Length: > 0 } secretName)
            {
                errors.AddRange(KubernetesNames.CheckDns1123Subdomain(secretName).Select(problem => FieldError.Invalid($"spec.tls[{i}].secretName", secretName, problem)));
            }
        }

        if (spec.String("ingressClassName") is { } className)
        {
            errors.AddRange(KubernetesNames.CheckDns1123Subdomain(className).Select(problem => FieldError.Invalid("spec.ingressClassName", className, problem)));
        }

        return errors;
    }

    private static IEnumerable<FieldError> Rule(JsonObject rule, string path)
    {
        if (rule.String("host") is { Length: > 0 } host)
        {
            foreach (var error in Host(host, path + ".host", checkIp: true))
            {
                yield return error;
            }
        }

        if (rule.Object("http") is not { } http)
        {
            yield break;
        }

        var paths = http.Array("paths").Objects().ToList();
        if (paths.Count == 0)
        {
            yield return FieldError.Required(path + ".http.paths");
        }

        for (var i = 0; i < paths.Count; i++)
        {
            foreach (var error in HttpPath(paths[i], $"{path}.http.paths[{i}]"))
            {
                yield return error;
            }
        }
    }

    /// <summary>A rule's host, or a TLS host: a DNS subdomain, "*." allowed as the first label.</summary>
    private static IEnumerable<FieldError> Host(string host, string path, bool checkIp)
    {
        if (checkIp && IPAddress.TryParse(host, out _))
        {
            yield return FieldError.Invalid(path, host, "must be a DNS name, not an IP address");
        }

        var wildcard = host.Contains('*');
        var problems = wildcard
            ? host.StartsWith("*.", StringComparison.Ordinal) && !host[2..].Contains('*') && KubernetesNames.CheckDns1123Subdomain(host[2..]).Count == 0
                ? []
                : ["a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"]
            : KubernetesNames.CheckDns1123Subdomain(host);
        foreach (var problem in problems)
        {
            yield return FieldError.Invalid(path, host, problem);
        }
    }

    /// <summary>validateHTTPIngressPath: a pathType, an absolute path for Exact and Prefix, and a backend.</summary>
    private static IEnumerable<FieldError> HttpPath(JsonObject httpPath, string path)
    {
        var pathType = httpPath.String("pathType");
        if (pathType is null)
        {
            yield return FieldError.Required(path + ".pathType", "pathType must be specified");
            yield break;
        }

        var value = httpPath.String("path") ?? "";
        switch (pathType)
        {
            case "Exact" or "Prefix":
                if (!value.StartsWith('/'))
                {
                    yield return FieldError.Invalid(path + ".path", value, "must be an absolute path");
                }

                foreach (var sequence in InvalidPathSequences.Where(sequence => value.Contains(sequence, StringComparison.Ordinal)))
                {
                    yield return FieldError.Invalid(path + ".path", value, $"must not contain '{sequence}'");
                }

                foreach (var suffix in InvalidPathSuffixes.Where(suffix => value.EndsWith(suffix, StringComparison.Ordinal)))
                {
                    yield return FieldError.Invalid(path + ".path", value, $"cannot end with '{suffix}'");
                }

                break;
            case "ImplementationSpecific":
                if (value.Length > 0 && !value.StartsWith('/'))
                {
                    yield return FieldError.Invalid(path + ".path", value, "must be an absolute path");
                }

                break;
            default:
                yield return FieldError.NotSupported(path + ".pathType", pathType, PathTypes);
                break;
        }

        foreach (var error in Backend(httpPath.Object("backend"), path + ".backend"))
        {
            yield return error;
        }
    }

    /// <summary>validateIngressBackend: a resource or a Service with a name and a port name or number.</summary>
    private static IEnumerable<FieldError> Backend(JsonObject? backend, string path)
    {
        var service = backend.Object("service");
        var resource = backend.Object("resource");
        if (service is not null && resource is not null)
        {
            yield return FieldError.Invalid(path, "", "cannot set both resource and service backends");
            yield break;
        }

        if (resource is not null)
        {
            foreach (var field in new[] { "kind", "name" }.Where(field => string.IsNullOrEmpty(resource.String(field))))
            {
                yield return FieldError.Required($"{path}.resource.{field}");
            }

            yield break;
        }

        if (service is null)
        {
            yield return FieldError.Invalid(path, "", "resource or service backend is required");
            yield break;
        }

        var name = service.String("name") ?? "";
        if (name.Length == 0)
        {
            yield return FieldError.Required(path + ".service.name");
        }
        else
        {
            foreach (var problem in KubernetesNames.CheckDns1035Label(name))
            {
                yield return FieldError.Invalid(path + ".service.name", name, problem);
            }
        }

        var portName = service.Object("port").String("name") ?? "";
        var portNumber = service.Object("port").Integer("number") ?? 0;
        if (portName.Length > 0 && portNumber != 0)
        {
            yield return FieldError.Invalid(path, "", "cannot set both port name & port number");
        }
        else if (portName.Length > 0)
        {
            foreach (var problem in KubernetesNames.CheckPortName(portName))
            {
                yield return FieldError.Invalid(path + ".service.port.name", portName, problem);
            }
        }
        else if (portNumber != 0)
        {
            foreach (var problem in KubernetesNames.CheckPortNumber(portNumber))
            {
                yield return FieldError.Invalid(path + ".service.port.number", portNumber, problem);
            }
        }
        else
        {
            yield return FieldError.Required(path, "port name or number is required");
        }
    }
}
