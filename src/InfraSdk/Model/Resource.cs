using k8s;
using k8s.Models;

namespace InfraSdk;

/// <summary>A named Kubernetes object declared in a topology.</summary>
public abstract class Resource
{
    public const string DefaultNamespace = "default";

    protected Resource(string name) => Name = name;

    /// <summary>metadata.name.</summary>
    public string Name { get; }

    /// <summary>metadata.namespace; when null the topology's namespace is used.</summary>
    public string? Namespace { get; init; }

    /// <summary>metadata.labels, next to the labels InfraSdk adds to mark ownership.</summary>
    public Dictionary<string, string> Labels { get; init; } = [];

    /// <summary>metadata.annotations.</summary>
    public Dictionary<string, string> Annotations { get; init; } = [];

    /// <summary>The Kubernetes kind, e.g. "Service".</summary>
    public abstract string Kind { get; }

    /// <summary>The mapped YAML after the resource's own last changes; unchanged unless it has any.</summary>
    internal virtual string Customized(string yaml, string topology) => yaml;
}

/// <summary>A resource that maps to the KubernetesClient model <typeparamref name="TObject"/>.</summary>
public abstract class Resource<TObject>(string name) : Resource(name)
    where TObject : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>
    /// Sets what the typed model does not cover on the mapped object, last, at run time; for example
    /// <c>Customize = d =&gt; d.Spec.Template.Spec.HostNetwork = true</c>. The ownership labels are kept whatever it does.
    /// </summary>
    public Action<TObject>? Customize { get; init; }

    internal override string Customized(string yaml, string topology)
    {
        if (Customize is null)
        {
            return yaml;
        }

        var mapped = KubernetesYaml.Deserialize<TObject>(yaml);
        Customize(mapped);
        mapped.Metadata ??= new V1ObjectMeta();
        KubernetesObjects.MarkOwned(mapped.Metadata, topology);
        return KubernetesObjects.Serialize(mapped);
    }
}
