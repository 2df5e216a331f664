using k8s;

namespace InfraSdk;

/// <summary>
/// One Kubernetes object of a topology as YAML: written by the source generator at compile time, or by
/// <see cref="KubernetesMapping"/> at run time for declarations the compiler could not evaluate.
/// </summary>
/// <param name="Kind">The Kubernetes kind, e.g. "Service".</param>
/// <param name="Name">metadata.name.</param>
/// <param name="Namespace">metadata.namespace; null for cluster-scoped kinds (Namespace).</param>
/// <param name="Yaml">The object as <c>k8s.KubernetesYaml.Serialize</c> writes it.</param>
public sealed record Manifest(string Kind, string Name, string? Namespace, string Yaml)
{
    /// <summary>The manifest of <paramref name="resource"/> declared in topology <paramref name="topology"/>.</summary>
    public static Manifest From(Resource resource, string topology, string topologyNamespace)
    {
        var ns = resource.Namespace ?? topologyNamespace;
        return new(resource.Kind, resource.Name, ns, Serialize(KubernetesMapping.ToKubernetes(resource, topology, topologyNamespace)));
    }

    /// <summary>The Namespace object a topology creates for <paramref name="name"/>.</summary>
    public static Manifest ForNamespace(string name, string topology) =>
        new("Namespace", name, null, Serialize(KubernetesMapping.ToNamespace(name, topology)));

    /// <summary>YamlDotNet ends lines with Environment.NewLine; the compiled-in YAML always uses '\n'.</summary>
    private static string Serialize(object value)
    {
        var yaml = KubernetesYaml.Serialize(value);
        return Environment.NewLine == "\n" ? yaml : yaml.Replace(Environment.NewLine, "\n", StringComparison.Ordinal);
    }

    /// <summary>"Service shop/my-nodeport-service", as messages name an object.</summary>
    public override string ToString() => Namespace is null ? $"{Kind} {Name}" : $"{Kind} {Namespace}/{Name}";
}
