using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Yaml;

namespace InfraSdk.Manifests;

/// <summary>A networking.k8s.io/v1 Ingress: rules of host and paths to a Service port, and TLS.</summary>
internal static class IngressManifest
{
    public static YamlMapping Map(DeclObject ingress, ManifestContext context) =>
        ManifestMapping.Head(ingress, context).Add("spec", new YamlMapping()
            .AddIfNotNull("ingressClassName", ingress.String("ClassName"))
            .AddIfAny("rules", new YamlSequence(ingress.Objects("Rules").Select(Rule)))
            .AddIfAny("tls", new YamlSequence(ingress.Objects("Tls").Select(tls => new YamlMapping()
                .AddIfAny("hosts", YamlSequence.Strings(tls.Strings("Hosts")))
                .Add("secretName", tls.String("SecretName") ?? string.Empty)))));

    private static YamlMapping Rule(DeclObject rule) => new YamlMapping()
        .AddIfNotNull("host", rule.String("Host"))
        .Add("http", new YamlMapping().Add("paths", new YamlSequence(rule.Objects("Paths").Select(Path))));

    private static YamlMapping Path(DeclObject path)
    {
        var port = path.String("PortName") is { } name
            ? new YamlMapping().Add("name", name)
            : new YamlMapping().AddIfNotNull("number", path.Int("Port"));
        return new YamlMapping()
            .Add("path", path.String("Path") ?? "/")
            .Add("pathType", path.String("PathType") ?? "Prefix")
            .Add("backend", new YamlMapping().Add("service", new YamlMapping()
                .Add("name", path.String("Service") ?? string.Empty)
                .Add("port", port)));
    }
}
