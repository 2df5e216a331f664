using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Kubernetes;
using InfraSdk.Yaml;

namespace InfraSdk.Manifests;

/// <summary>A v1 Service of type ClusterIP, NodePort or LoadBalancer; the verify probe rides as an annotation.</summary>
internal static class ServiceManifest
{
    public static YamlMapping Map(DeclObject service, ManifestContext context)
    {
        var isLoadBalancer = service.Type == "LoadBalancerService";
        var spec = new YamlMapping()
            .Add("type", ResourceTypes.ServiceType(service.Type))
            .AddIfAny("selector", YamlMapping.Sorted(service.StringEntries("Selector")))
            .AddIfAny("ports", new YamlSequence(service.Objects("Ports").Select(Port)))
            .AddIfNotNull("externalTrafficPolicy", service.String("ExternalTrafficPolicy"))
            .AddIfNotNull("internalTrafficPolicy", service.String("InternalTrafficPolicy"))
            .AddIfNotNull("sessionAffinity", service.String("SessionAffinity"));
        if (isLoadBalancer)
        {
            spec.AddIfNotNull("healthCheckNodePort", service.Int("HealthCheckNodePort"))
                .AddIfNotNull("allocateLoadBalancerNodePorts", service.Bool("AllocateLoadBalancerNodePorts"))
                .AddIfAny("loadBalancerSourceRanges", YamlSequence.Strings(service.Strings("LoadBalancerSourceRanges")));
        }

        var probe = ProbeAnnotation(service.Object("Probe")) is { } value
            ? [new KeyValuePair<string, string>(InfraSdkMetadata.ProbeKey, value)]
            : System.Array.Empty<KeyValuePair<string, string>>();
        return new YamlMapping()
            .Add("apiVersion", "v1")
            .Add("kind", "Service")
            .Add("metadata", ObjectMetadata.Map(service, context, probe))
            .Add("spec", spec);
    }

    private static YamlMapping Port(DeclObject port)
    {
        var target = port.String("TargetPortName") is { } name ? YamlScalar.String(name)
            : port.Int("TargetPort") is { } number ? YamlScalar.Number(number)
            : null;
        return new YamlMapping()
            .AddIfNotNull("name", port.String("Name"))
            .AddIfNotNull("port", port.Int("Port"))
            .AddIfAny("targetPort", target)
            .AddIfNotNull("nodePort", port.Int("NodePort"))
            .Add("protocol", ContainerManifest.Protocol(port));
    }

    /// <summary>"tcp", "http:&lt;path&gt;" or "udp:&lt;send&gt;[:&lt;expect&gt;]": how <c>verify</c> reads the probe back from the cluster.</summary>
    public static string? ProbeAnnotation(DeclObject? probe) => probe?.Type switch
    {
        "HttpProbe" => InfraSdkMetadata.HttpProbe(probe.String("Path") ?? "/"),
        "TcpProbe" => InfraSdkMetadata.TcpProbe,
        "UdpProbe" => InfraSdkMetadata.UdpProbe(probe.String("Send") ?? "", probe.String("Expect")),
        _ => null,
    };
}
