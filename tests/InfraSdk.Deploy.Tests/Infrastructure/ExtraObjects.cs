using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>
/// Adds KubernetesClient model objects to a topology as the model's escape hatch will: a Manifest of their YAML,
/// with the ownership labels.
/// </summary>
internal static class ExtraObjects
{
    public static TopologyManifests With(this TopologyManifests topology, params IKubernetesObject<V1ObjectMeta>[] objects) =>
        new(topology.Topology, topology.Namespace, [.. topology, .. objects.Select(o => ManifestOf(o, topology))]);

    public static TopologyManifests Without(this TopologyManifests topology, string kind, string name) =>
        new(topology.Topology, topology.Namespace, topology.Where(m => !(m.Kind == kind && m.Name == name)).ToList());

    private static Manifest ManifestOf(IKubernetesObject<V1ObjectMeta> value, TopologyManifests topology)
    {
        value.Metadata.NamespaceProperty ??= topology.Namespace;
        value.Metadata.Labels ??= new Dictionary<string, string>();
        value.Metadata.Labels[OwnershipLabels.ManagedByKey] = OwnershipLabels.ManagedByValue;
        value.Metadata.Labels[OwnershipLabels.TopologyKey] = topology.Topology;
        return new Manifest(value.Kind, value.Metadata.Name, value.Metadata.NamespaceProperty, KubernetesYaml.Serialize(value));
    }

    public static V1ConfigMap ConfigMap(string name, string value) => new()
    {
        ApiVersion = "v1", Kind = "ConfigMap", Metadata = new V1ObjectMeta { Name = name }, Data = new Dictionary<string, string> { ["setting"] = value },
    };

    public static V1NetworkPolicy DenyAllIngress(string name) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "NetworkPolicy",
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1NetworkPolicySpec { PodSelector = new V1LabelSelector(), PolicyTypes = ["Ingress"] },
    };

    /// <summary>A ClusterIP Service pinned to <paramref name="clusterIp"/>.</summary>
    public static V1Service PinnedClusterIp(string name, string clusterIp, string type = "ClusterIP", int? nodePort = null) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1ServiceSpec
        {
            Type = type,
            ClusterIP = clusterIp,
            Selector = new Dictionary<string, string> { ["app"] = "my-web-app" },
            Ports = [new V1ServicePort { Name = "http", Port = 80, TargetPort = 8080, NodePort = nodePort }],
        },
    };

    /// <summary>A Secret without values whose keys come from <paramref name="sources"/> (key -> "env:NAME" or "file:PATH").</summary>
    public static V1Secret SourcedSecret(string name, IReadOnlyDictionary<string, string> sources) => new()
    {
        ApiVersion = "v1",
        Kind = "Secret",
        Metadata = new V1ObjectMeta
        {
            Name = name,
            Annotations = new Dictionary<string, string> { ["infrasdk.io/secret-sources"] = System.Text.Json.JsonSerializer.Serialize(sources) },
        },
    };

    /// <summary>A Deployment of the web app whose selector holds <paramref name="selector"/>; its Pods carry app and tier labels.</summary>
    public static V1Deployment WebDeployment(string name, IDictionary<string, string> selector) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1DeploymentSpec
        {
            Replicas = 1,
            Selector = new V1LabelSelector { MatchLabels = selector },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = name, ["tier"] = "web" } },
                Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Image = "nginx:1.27", Ports = [new V1ContainerPort { ContainerPort = 8080 }] }] },
            },
        },
    };
}
