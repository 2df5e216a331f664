using InfraSdk.Declarations;
using System.Collections.Generic;
using System.Linq;
using InfraSdk.Extraction.Model;
using InfraSdk.Generators.Sources;
using InfraSdk.Generators.Yaml;

namespace InfraSdk.Generators.Emission;

/// <summary>Decides, per declaration, between YAML compiled in and the runtime mapping, and writes the YAML.</summary>
internal static class TopologyEmissionBuilder
{
    public static TopologyEmission? Build(TopologySpec topology)
    {
        if (!topology.CanTakeGeneratedMembers)
        {
            return null;
        }

        var resources = topology.Resources.Where(TopologyShape.CanRead).ToList();
        var manifests = new List<ManifestEmission>();
        foreach (var ns in NamespacesUsed(topology, resources))
        {
            var yaml = YamlWriter.Write(ManifestDocuments.Namespace(ns, topology.ClassName));
            manifests.Add(new ManifestEmission("Namespace", ns, null, yaml, yaml is null ? ns : null));
        }

        foreach (var resource in resources)
        {
            manifests.Add(Manifest(resource, topology));
        }

        return new TopologyEmission(
            topology.ClassName,
            topology.ContainingNamespace,
            topology.Accessibility,
            topology.KubernetesNamespace,
            manifests.ToEquatableArray(),
            resources.Select(MemberExpression).ToEquatableArray());
    }

    private static ManifestEmission Manifest(ResourceSpec resource, TopologySpec topology)
    {
        var kind = resource.IsService ? "Service" : "Deployment";
        var yaml = resource.IsComplete ? YamlWriter.Write(ManifestDocuments.Resource(resource, topology.ClassName, topology.KubernetesNamespace)) : null;
        return yaml is null
            ? new ManifestEmission(kind, null, null, null, MemberExpression(resource))
            : new ManifestEmission(kind, resource.Name!.Value.Value, resource.NamespaceOr(topology.KubernetesNamespace), yaml, null);
    }

    /// <summary>How generated code reads a declaration; one declared nullable is set by its initializer.</summary>
    private static string MemberExpression(ResourceSpec resource) => CSharpIdentifier.Escape(resource.MemberName) + (resource.IsNullable ? "!" : string.Empty);

    /// <summary>Every namespace other than "default" that a declaration lands in, in order of first use.</summary>
    private static IEnumerable<string> NamespacesUsed(TopologySpec topology, IEnumerable<ResourceSpec> resources) =>
        resources
            .Select(resource => resource.NamespaceOr(topology.KubernetesNamespace))
            .Where(ns => ns != "default")
            .Distinct();
}
