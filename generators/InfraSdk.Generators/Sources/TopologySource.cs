using System.Collections.Generic;
using System.Text;
using InfraSdk.Manifests;
using InfraSdk.Generators.Emission;

namespace InfraSdk.Generators.Sources;

/// <summary>
/// The generated half of a topology class: <c>Manifests</c> and <c>Resources</c>, each built on first use, so that
/// they never read a declaration before the class's static initializers have set it.
/// </summary>
internal static class TopologySource
{
    public static string Write(TopologyEmission topology)
    {
        var text = new StringBuilder(GeneratedCode.Header).Append('\n');
        var indent = string.Empty;
        if (topology.ContainingNamespace is { } ns)
        {
            text.Append("namespace ").Append(CSharpIdentifier.EscapeQualified(ns)).Append("\n{\n");
            indent = "    ";
        }

        var member = indent + "    ";
        text.Append(indent).Append(topology.Accessibility).Append(" static partial class ").Append(CSharpIdentifier.Escape(topology.ClassName)).Append('\n')
            .Append(indent).Append("{\n")
            .Append(member).Append("private static global::InfraSdk.TopologyManifests? __infraSdkManifests;\n")
            .Append(member).Append("private static global::System.Collections.Generic.IReadOnlyList<global::InfraSdk.Resource>? __infraSdkResources;\n\n")
            .Append(member).Append("/// <summary>The Kubernetes manifests of this topology: namespaces first, then the declarations in source order.</summary>\n")
            .Append(member).Append(GeneratedCode.Attribute).Append('\n')
            .Append(member).Append("public static global::InfraSdk.TopologyManifests Manifests => __infraSdkManifests ??= global::InfraSdk.TopologyManifests.Compiled(")
            .Append(CSharpLiteral.String(topology.ClassName)).Append(", ").Append(CSharpLiteral.String(topology.KubernetesNamespace)).Append(", ")
            .Append(CSharpLiteral.Text(Table(topology, out var runtime))).Append(",\n")
            .Append(member).Append("    ");
        if (runtime.Count == 0)
        {
            text.Append("global::System.Array.Empty<global::InfraSdk.Manifest>");
        }
        else
        {
            text.Append("() => new global::InfraSdk.Manifest[]\n").Append(member).Append("    {\n");
            foreach (var manifest in runtime)
            {
                text.Append(member).Append("        global::InfraSdk.Manifest.From(").Append(manifest.RuntimeSource).Append(", ")
                    .Append(CSharpLiteral.String(topology.ClassName)).Append(", ").Append(CSharpLiteral.String(topology.KubernetesNamespace)).Append("),\n");
            }

            text.Append(member).Append("    }");
        }

        text.Append(", () => Resources);\n\n")
            .Append(member).Append("/// <summary>The declared objects of this topology, in source order.</summary>\n")
            .Append(member).Append(GeneratedCode.Attribute).Append('\n')
            .Append(member).Append("public static global::System.Collections.Generic.IReadOnlyList<global::InfraSdk.Resource> Resources => __infraSdkResources ??= global::System.Array.AsReadOnly(new global::InfraSdk.Resource[]\n")
            .Append(member).Append("{\n");
        foreach (var resource in topology.ResourceExpressions)
        {
            text.Append(member).Append("    ").Append(resource).Append(",\n");
        }

        text.Append(member).Append("});\n")
            .Append(indent).Append("}\n");
        if (topology.ContainingNamespace is not null)
        {
            text.Append("}\n");
        }

        return text.ToString();
    }

    /// <summary>The manifests as one <see cref="ManifestTable"/> text, and those made at run time, in their order.</summary>
    private static string Table(TopologyEmission topology, out List<ManifestEmission> runtime)
    {
        var table = new StringBuilder();
        runtime = [];
        foreach (var manifest in topology.Manifests)
        {
            if (manifest.Yaml is { } yaml)
            {
                ManifestTable.AppendDocument(table, manifest.Kind, manifest.Name ?? string.Empty, manifest.Namespace, yaml);
            }
            else
            {
                ManifestTable.AppendRuntime(table, runtime.Count);
                runtime.Add(manifest);
            }
        }

        return table.ToString();
    }
}
