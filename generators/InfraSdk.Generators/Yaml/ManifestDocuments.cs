using System.Collections.Generic;
using System.Linq;
using InfraSdk.Extraction.Model;
using InfraSdk.Kubernetes;

namespace InfraSdk.Generators.Yaml;

/// <summary>
/// The compile-time twin of <c>InfraSdk.KubernetesMapping</c>: the same objects, as YAML documents whose keys follow
/// the k8s.Models property order (alphabetical JSON names) and omit nulls. A rule changed there must change here;
/// the equality tests hold the two together.
/// </summary>
internal static class ManifestDocuments
{
    public static YamlMapping Namespace(string name, string topology) => new YamlMapping()
        .Add("apiVersion", "v1")
        .Add("kind", "Namespace")
        .Add("metadata", new YamlMapping()
            .Add("labels", YamlMapping.Sorted(OwnershipLabels(topology)))
            .Add("name", name));

    public static YamlMapping Resource(ResourceSpec resource, string topology, string topologyNamespace) =>
        resource.Kind == ResourceKind.Deployment ? Deployment(resource, topology, topologyNamespace) : Service(resource, topology, topologyNamespace);

    private static YamlMapping Deployment(ResourceSpec deployment, string topology, string topologyNamespace)
    {
        var name = deployment.Name!.Value.Value;
        var podLabels = deployment.Labels.Count == 0
            ? [new KeyValuePair<string, string>("app", name)]
            : Entries(deployment.Labels);
        var container = new YamlMapping()
            .AddIfNotNull("image", deployment.Image?.Value)
            .Add("name", name);
        if (deployment.ContainerPorts.Count > 0)
        {
            var ports = new YamlSequence();
            ports.Items.AddRange(deployment.ContainerPorts.Select(port => new YamlMapping().Add("containerPort", port.Value)));
            container.Add("ports", ports);
        }

        var containers = new YamlSequence();
        containers.Items.Add(container);
        return new YamlMapping()
            .Add("apiVersion", "apps/v1")
            .Add("kind", "Deployment")
            .Add("metadata", Metadata(deployment, topology, topologyNamespace, Entries(deployment.Annotations)))
            .Add("spec", new YamlMapping()
                .Add("replicas", deployment.Replicas?.Value ?? 1)
                .Add("selector", new YamlMapping().Add("matchLabels", YamlMapping.Sorted(podLabels)))
                .Add("template", new YamlMapping()
                    .Add("metadata", new YamlMapping().Add("labels", YamlMapping.Sorted(podLabels)))
                    .Add("spec", new YamlMapping().Add("containers", containers))));
    }

    private static YamlMapping Service(ResourceSpec service, string topology, string topologyNamespace)
    {
        var annotations = Entries(service.Annotations);
        if (Probe(service) is { } probe)
        {
            annotations.RemoveAll(entry => entry.Key == InfraSdkMetadata.ProbeKey);
            annotations.Add(new KeyValuePair<string, string>(InfraSdkMetadata.ProbeKey, probe));
        }

        var isLoadBalancer = service.Kind == ResourceKind.LoadBalancerService;
        var spec = new YamlMapping()
            .AddIfNotNull("allocateLoadBalancerNodePorts", isLoadBalancer ? service.AllocateLoadBalancerNodePorts?.Value : null)
            .AddIfNotNull("externalTrafficPolicy", service.ExternalTrafficPolicy?.Value)
            .AddIfNotNull("healthCheckNodePort", isLoadBalancer ? service.HealthCheckNodePort?.Value : null);
        if (service.Ports.Count > 0)
        {
            var ports = new YamlSequence();
            ports.Items.AddRange(service.Ports.Select(port => new YamlMapping()
                .AddIfNotNull("name", port.Name)
                .AddIfNotNull("nodePort", port.NodePort)
                .Add("port", port.Port)
                .Add("protocol", port.Protocol)
                .AddIfNotNull("targetPort", port.TargetPort)));
            spec.Add("ports", ports);
        }

        if (service.Selector.Count > 0)
        {
            spec.Add("selector", YamlMapping.Sorted(Entries(service.Selector)));
        }

        spec.Add("type", TypeOf(service.Kind));
        return new YamlMapping()
            .Add("apiVersion", "v1")
            .Add("kind", "Service")
            .Add("metadata", Metadata(service, topology, topologyNamespace, annotations))
            .Add("spec", spec);
    }

    private static YamlMapping Metadata(ResourceSpec resource, string topology, string topologyNamespace, List<KeyValuePair<string, string>> annotations)
    {
        var metadata = new YamlMapping();
        if (annotations.Count > 0)
        {
            metadata.Add("annotations", YamlMapping.Sorted(annotations));
        }

        return metadata
            .Add("labels", YamlMapping.Sorted(Entries(resource.Labels).Concat(OwnershipLabels(topology))))
            .Add("name", resource.Name!.Value.Value)
            .Add("namespace", resource.NamespaceOr(topologyNamespace));
    }

    private static IEnumerable<KeyValuePair<string, string>> OwnershipLabels(string topology) =>
    [
        new(InfraSdkMetadata.ManagedByKey, InfraSdkMetadata.ManagedByValue),
        new(InfraSdkMetadata.TopologyKey, topology),
    ];

    private static List<KeyValuePair<string, string>> Entries(EquatableArray<LabelSpec> labels) =>
        labels.Select(label => new KeyValuePair<string, string>(label.Key, label.Value)).ToList();

    private static string? Probe(ResourceSpec service) =>
        service.HttpProbePath is { } path ? InfraSdkMetadata.HttpProbe(path.Value)
        : service.TcpProbe ? InfraSdkMetadata.TcpProbe
        : null;

    private static string TypeOf(ResourceKind kind) => kind switch
    {
        ResourceKind.NodePortService => "NodePort",
        ResourceKind.LoadBalancerService => "LoadBalancer",
        _ => "ClusterIP",
    };
}
