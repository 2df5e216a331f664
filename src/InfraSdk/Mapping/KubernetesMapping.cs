using k8s;
using k8s.Models;

namespace InfraSdk;

/// <summary>
/// Maps the typed model to k8s.Models objects. The source generator writes the same YAML at compile time;
/// the equality tests hold the two identical, so a rule changed here must change in the generator's emitter too.
/// </summary>
public static class KubernetesMapping
{
    /// <summary>The Kubernetes object for <paramref name="resource"/> declared in <paramref name="topology"/>.</summary>
    public static IKubernetesObject<V1ObjectMeta> ToKubernetes(Resource resource, string topology, string topologyNamespace) => resource switch
    {
        Deployment deployment => ToDeployment(deployment, topology, topologyNamespace),
        Service service => ToService(service, topology, topologyNamespace),
        _ => throw new ArgumentException($"InfraSdk cannot map a {resource.GetType().Name}.", nameof(resource)),
    };

    public static V1Namespace ToNamespace(string name, string topology) => new()
    {
        ApiVersion = "v1",
        Kind = "Namespace",
        Metadata = new V1ObjectMeta { Name = name, Labels = Labels(null, topology) },
    };

    public static V1Deployment ToDeployment(Deployment deployment, string topology, string topologyNamespace)
    {
        var podLabels = PodLabels(deployment);
        return new V1Deployment
        {
            ApiVersion = "apps/v1",
            Kind = "Deployment",
            Metadata = Metadata(deployment, topology, topologyNamespace, annotations: deployment.Annotations),
            Spec = new V1DeploymentSpec
            {
                Replicas = deployment.Replicas,
                Selector = new V1LabelSelector { MatchLabels = podLabels },
                Template = new V1PodTemplateSpec
                {
                    Metadata = new V1ObjectMeta { Labels = new SortedDictionary<string, string>(podLabels, StringComparer.Ordinal) },
                    Spec = new V1PodSpec
                    {
                        Containers =
                        [
                            new V1Container
                            {
                                Name = deployment.Name,
                                Image = deployment.Image,
                                Ports = deployment.ContainerPorts.Count == 0
                                    ? null
                                    : deployment.ContainerPorts.Select(p => new V1ContainerPort { ContainerPort = p }).ToList(),
                            },
                        ],
                    },
                },
            },
        };
    }

    public static V1Service ToService(Service service, string topology, string topologyNamespace)
    {
        var loadBalancer = service as LoadBalancerService;
        var annotations = new Dictionary<string, string>(service.Annotations);
        if (ProbeAnnotation.Format(service.Probe) is { } probe)
        {
            annotations[ProbeAnnotation.Key] = probe;
        }

        return new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = Metadata(service, topology, topologyNamespace, annotations),
            Spec = new V1ServiceSpec
            {
                Type = service.Type,
                Selector = service.Selector.Count == 0 ? null : new SortedDictionary<string, string>(service.Selector, StringComparer.Ordinal),
                Ports = service.Ports.Count == 0 ? null : service.Ports.Select(ToServicePort).ToList(),
                ExternalTrafficPolicy = service.ExternalTrafficPolicy?.ToString(),
                HealthCheckNodePort = loadBalancer?.HealthCheckNodePort,
                AllocateLoadBalancerNodePorts = loadBalancer?.AllocateLoadBalancerNodePorts,
            },
        };
    }

    /// <summary>"TCP", "UDP" or "SCTP", as spec.ports[].protocol spells it.</summary>
    public static string ToKubernetes(Protocol protocol) => protocol.ToString().ToUpperInvariant();

    /// <summary>The labels a Deployment selects and gives its Pods: its own labels, or <c>app: &lt;name&gt;</c> when it has none.</summary>
    public static IDictionary<string, string> PodLabels(Deployment deployment) =>
        deployment.Labels.Count == 0
            ? new SortedDictionary<string, string>(StringComparer.Ordinal) { ["app"] = deployment.Name }
            : new SortedDictionary<string, string>(deployment.Labels, StringComparer.Ordinal);

    private static V1ServicePort ToServicePort(ServicePort port) => new()
    {
        Name = port.Name,
        NodePort = port.NodePort,
        Port = port.Port,
        Protocol = ToKubernetes(port.Protocol),
        TargetPort = port.TargetPort is { } target ? (IntOrString)target : null,
    };

    private static V1ObjectMeta Metadata(Resource resource, string topology, string topologyNamespace, IDictionary<string, string> annotations) => new()
    {
        Name = resource.Name,
        NamespaceProperty = resource.Namespace ?? topologyNamespace,
        Labels = Labels(resource.Labels, topology),
        Annotations = annotations.Count == 0 ? null : new SortedDictionary<string, string>(annotations, StringComparer.Ordinal),
    };

    private static SortedDictionary<string, string> Labels(IDictionary<string, string>? own, string topology)
    {
        var labels = own is null
            ? new SortedDictionary<string, string>(StringComparer.Ordinal)
            : new SortedDictionary<string, string>(own, StringComparer.Ordinal);
        labels[OwnershipLabels.ManagedByKey] = OwnershipLabels.ManagedByValue;
        labels[OwnershipLabels.TopologyKey] = topology;
        return labels;
    }
}
