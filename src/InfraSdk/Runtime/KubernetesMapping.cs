using k8s;
using k8s.Models;

namespace InfraSdk;

/// <summary>The typed KubernetesClient objects of declarations: the manifests InfraSdk writes, read back as k8s.Models.</summary>
public static class KubernetesMapping
{
    /// <summary>The Kubernetes object for <paramref name="resource"/> declared in <paramref name="topology"/>.</summary>
    public static IKubernetesObject<V1ObjectMeta> ToKubernetes(Resource resource, string topology, string topologyNamespace) =>
        (IKubernetesObject<V1ObjectMeta>)KubernetesYaml.LoadAllFromString(Manifest.From(resource, topology, topologyNamespace).Yaml).Single();

    public static V1Namespace ToNamespace(string name, string topology) =>
        KubernetesYaml.Deserialize<V1Namespace>(Manifest.ForNamespace(name, topology).Yaml);

    public static V1Deployment ToDeployment(Deployment deployment, string topology, string topologyNamespace) =>
        KubernetesYaml.Deserialize<V1Deployment>(Manifest.From(deployment, topology, topologyNamespace).Yaml);

    public static V1Service ToService(Service service, string topology, string topologyNamespace) =>
        KubernetesYaml.Deserialize<V1Service>(Manifest.From(service, topology, topologyNamespace).Yaml);
}
