using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Extraction.Model;
using InfraSdk.Generators.Sources;
using InfraSdk.Manifests;
using InfraSdk.Yaml;

namespace InfraSdk.Generators.Emission;

/// <summary>Decides, per declaration, between YAML compiled in and the runtime mapping, and writes the YAML.</summary>
internal static class TopologyEmissionBuilder
{
    public static TopologyEmission? Build(TopologySpec topology, EquatableArray<ProjectFile> files)
    {
        if (!topology.CanTakeGeneratedMembers)
        {
            return null;
        }

        var resources = topology.Resources.Where(TopologyShape.CanRead).ToList();
        var context = new ManifestContext(topology.ClassName, topology.KubernetesNamespace, path => files.FirstOrDefault(file => file.Is(path))?.Text);
        var manifests = new List<ManifestEmission>();
        foreach (var ns in NamespacesUsed(topology, resources))
        {
            manifests.Add(new ManifestEmission("Namespace", ns, null, YamlWriter.Write(ManifestMapping.Namespace(ns, topology.ClassName)), null));
        }

        foreach (var resource in resources)
        {
            manifests.Add(Manifest(resource, context));
        }

        return new TopologyEmission(
            topology.ClassName,
            topology.ContainingNamespace,
            topology.Accessibility,
            topology.KubernetesNamespace,
            manifests.ToEquatableArray(),
            resources.Where(resource => resource.Kind != ResourceKind.KubernetesObject).Select(MemberExpression).ToEquatableArray());
    }

    /// <summary>The project-relative paths of the files the topology's ConfigMaps read.</summary>
    public static IEnumerable<string> FilesNamed(TopologySpec topology) =>
        topology.Resources
            .Where(resource => resource.Kind == ResourceKind.ConfigMap && resource.Declaration is not null)
            .SelectMany(resource => resource.Declaration!.StringEntries("Files").Select(file => file.Value));

    private static ManifestEmission Manifest(ResourceSpec resource, ManifestContext context)
    {
        var runtime = new ManifestEmission(string.Empty, null, null, null, MemberExpression(resource));
        if (!resource.IsCompiled)
        {
            return runtime;
        }

        var declaration = resource.Declaration!;
        try
        {
            var yaml = YamlWriter.Write(ManifestMapping.Map(declaration, context));
            return new ManifestEmission(ResourceTypes.Of(declaration.Type)!.Value.Kind, resource.Name!.Value.Value, resource.NamespaceOr(context.TopologyNamespace), yaml, null);
        }
        catch (UnreadableFileException)
        {
            return runtime;
        }
    }

    /// <summary>How generated code reads a declaration; one declared nullable is set by its initializer.</summary>
    private static string MemberExpression(ResourceSpec resource) => CSharpIdentifier.Escape(resource.MemberName) + (resource.IsNullable ? "!" : string.Empty);

    /// <summary>
    /// Every namespace other than "default" that a declaration lands in, in order of first use; a KubernetesClient
    /// object without a namespace lands in the topology's.
    /// </summary>
    private static IEnumerable<string> NamespacesUsed(TopologySpec topology, IEnumerable<ResourceSpec> resources) =>
        resources
            .Select(resource => resource.NamespaceOr(topology.KubernetesNamespace))
            .Where(ns => ns != "default")
            .Distinct();
}
