using k8s;
using k8s.Models;

namespace InfraSdk;

/// <summary>KubernetesClient model objects in a topology: copied, marked as owned, written as YAML.</summary>
internal static class KubernetesObjects
{
    /// <summary>Kinds that live outside namespaces and so never get the topology's.</summary>
    private static readonly HashSet<string> ClusterScoped = new(StringComparer.Ordinal)
    {
        "Namespace", "Node", "PersistentVolume", "StorageClass", "ClusterRole", "ClusterRoleBinding", "PriorityClass",
        "CustomResourceDefinition", "IngressClass", "RuntimeClass", "CSIDriver", "CSINode", "VolumeAttachment",
        "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService", "CertificateSigningRequest",
    };

    public static T Owned<T>(T kubernetesObject, string topology, string topologyNamespace)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        if (kubernetesObject.GetType().GetCustomAttributes(typeof(KubernetesEntityAttribute), inherit: false).FirstOrDefault() is KubernetesEntityAttribute entity)
        {
            kubernetesObject.ApiVersion ??= entity.Group.Length == 0 ? entity.ApiVersion : entity.Group + "/" + entity.ApiVersion;
            kubernetesObject.Kind ??= entity.Kind;
        }

        var copy = (T)KubernetesYaml.LoadAllFromString(KubernetesYaml.Serialize(kubernetesObject)).Single();
        copy.Metadata ??= new V1ObjectMeta();
        if (!ClusterScoped.Contains(copy.Kind))
        {
            copy.Metadata.NamespaceProperty ??= topologyNamespace;
        }

        MarkOwned(copy.Metadata, topology);
        return copy;
    }

    public static void MarkOwned(V1ObjectMeta metadata, string topology)
    {
        var labels = new SortedDictionary<string, string>(metadata.Labels ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            [OwnershipLabels.ManagedByKey] = OwnershipLabels.ManagedByValue,
            [OwnershipLabels.TopologyKey] = topology,
        };
        metadata.Labels = labels;
    }

    /// <summary>YAML with '\n' line ends whatever the platform, as the compiled-in manifests have.</summary>
    public static string Serialize(object value)
    {
        var yaml = KubernetesYaml.Serialize(value);
        return Environment.NewLine == "\n" ? yaml : yaml.Replace(Environment.NewLine, "\n", StringComparison.Ordinal);
    }
}
