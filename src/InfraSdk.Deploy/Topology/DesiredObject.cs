using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Topology;

/// <summary>One declared object: its manifest, the typed object parsed back from it, and the topology that owns it.</summary>
internal sealed record DesiredObject(ObjectKey Key, string Topology, Manifest Manifest, IKubernetesObject<V1ObjectMeta> Object)
{
    public static DesiredObject Parse(Manifest manifest, string topology)
    {
        IKubernetesObject<V1ObjectMeta> parsed = manifest.Kind switch
        {
            ResourceKinds.Namespace => KubernetesYaml.Deserialize<V1Namespace>(manifest.Yaml),
            ResourceKinds.Deployment => KubernetesYaml.Deserialize<V1Deployment>(manifest.Yaml),
            ResourceKinds.Service => KubernetesYaml.Deserialize<V1Service>(manifest.Yaml),
            _ => throw new InvalidOperationException($"InfraSdk cannot deploy a {manifest.Kind} ({manifest}); only Namespaces, Deployments and Services."),
        };
        return new DesiredObject(new ObjectKey(manifest.Kind, manifest.Namespace, manifest.Name), topology, manifest, parsed);
    }

    public V1Service? Service => Object as V1Service;

    public V1Deployment? Deployment => Object as V1Deployment;
}
