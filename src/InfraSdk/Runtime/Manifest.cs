using InfraSdk.Manifests;
using InfraSdk.Yaml;
using k8s;
using k8s.Models;

namespace InfraSdk;

/// <summary>
/// One Kubernetes object of a topology as YAML: written by the source generator at compile time, or by the same
/// mapping at run time for declarations the compiler could not evaluate.
/// </summary>
/// <param name="Kind">The Kubernetes kind, e.g. "Service".</param>
/// <param name="Name">metadata.name.</param>
/// <param name="Namespace">metadata.namespace; null for cluster-scoped kinds (Namespace).</param>
/// <param name="Yaml">The object as YAML.</param>
public sealed record Manifest(string Kind, string Name, string? Namespace, string Yaml)
{
    /// <summary>The manifest of <paramref name="resource"/> declared in topology <paramref name="topology"/>.</summary>
    public static Manifest From(Resource resource, string topology, string topologyNamespace)
    {
        var declaration = DeclReader.Read(resource);
        string yaml;
        try
        {
            yaml = YamlWriter.Write(ManifestMapping.Map(declaration, new ManifestContext(topology, topologyNamespace, ProjectFiles.Read)));
        }
        catch (UnreadableFileException error)
        {
            throw new ManifestException(
                $"{resource.Kind} {resource.Namespace ?? topologyNamespace}/{resource.Name} reads the file \"{error.Path}\", which is neither in the current directory ({Environment.CurrentDirectory}) nor next to the application ({AppContext.BaseDirectory}).");
        }

        return new(resource.Kind, resource.Name, resource.Namespace ?? topologyNamespace, resource.Customized(yaml, topology));
    }

    /// <summary>
    /// The manifest of a KubernetesClient model object declared in topology <paramref name="topology"/>: as it is, with
    /// the ownership labels added and, for a namespaced kind, the topology's namespace when it names none.
    /// </summary>
    public static Manifest From(IKubernetesObject<V1ObjectMeta> kubernetesObject, string topology, string topologyNamespace)
    {
        var copy = KubernetesObjects.Owned(kubernetesObject, topology, topologyNamespace);
        return new(copy.Kind, copy.Metadata.Name, copy.Metadata.NamespaceProperty, KubernetesObjects.Serialize(copy));
    }

    /// <summary>The Namespace object a topology creates for <paramref name="name"/>.</summary>
    public static Manifest ForNamespace(string name, string topology) =>
        new("Namespace", name, null, YamlWriter.Write(ManifestMapping.Namespace(name, topology)));

    /// <summary>"Service shop/my-nodeport-service", as messages name an object.</summary>
    public override string ToString() => Namespace is null ? $"{Kind} {Name}" : $"{Kind} {Namespace}/{Name}";
}
