using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Kubernetes;
using InfraSdk.Yaml;

namespace InfraSdk.Manifests;

/// <summary>metadata of a declared object: name, namespace, the user's labels plus the ownership labels, annotations.</summary>
internal static class ObjectMetadata
{
    public static YamlMapping Map(DeclObject resource, ManifestContext context, IEnumerable<KeyValuePair<string, string>>? extraAnnotations = null)
    {
        var annotations = resource.StringEntries("Annotations").Concat(extraAnnotations ?? []).ToList();
        return new YamlMapping()
            .Add("name", resource.String("Name") ?? string.Empty)
            .Add("namespace", NamespaceOf(resource, context.TopologyNamespace))
            .Add("labels", Labels(resource, context.Topology))
            .AddIfAny("annotations", annotations.Count == 0 ? null : YamlMapping.Sorted(annotations));
    }

    /// <summary>The resource's own namespace, else the topology's.</summary>
    public static string NamespaceOf(DeclObject resource, string topologyNamespace) => resource.String("Namespace") ?? topologyNamespace;

    private static YamlMapping Labels(DeclObject resource, string topology) =>
        YamlMapping.Sorted(resource.StringEntries("Labels").Concat(OwnershipLabels(topology)));

    public static IEnumerable<KeyValuePair<string, string>> OwnershipLabels(string topology) =>
    [
        new(InfraSdkMetadata.ManagedByKey, InfraSdkMetadata.ManagedByValue),
        new(InfraSdkMetadata.TopologyKey, topology),
    ];

    /// <summary>A count ("3") as a number and a percentage ("25%") as a string, as IntOrString fields take them.</summary>
    public static YamlScalar IntOrString(string value) =>
        long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? YamlScalar.Number(number)
            : YamlScalar.String(value);
}
