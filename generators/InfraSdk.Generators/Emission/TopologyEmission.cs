using InfraSdk.Declarations;

namespace InfraSdk.Generators.Emission;

/// <summary>
/// Everything the generated partial class needs and nothing more: no spans, so moving a declaration to another line
/// leaves this model equal and the generated file untouched.
/// </summary>
internal sealed record TopologyEmission(
    string ClassName,
    string? ContainingNamespace,
    string Accessibility,
    string KubernetesNamespace,
    EquatableArray<ManifestEmission> Manifests,
    EquatableArray<string> ResourceExpressions)
{
    /// <summary>"Shop.ShopTopology.g.cs": unique per class, readable in obj/ (a keyword's '@' is dropped).</summary>
    public string HintName => ((ContainingNamespace is null ? string.Empty : ContainingNamespace + ".") + ClassName).Replace("@", string.Empty) + ".g.cs";
}

/// <summary>
/// One manifest: its YAML written at compile time, or (when <see cref="Yaml"/> is null) mapped at run time from
/// <see cref="RuntimeSource"/>, the expression reading the member.
/// </summary>
internal sealed record ManifestEmission(string Kind, string? Name, string? Namespace, string? Yaml, string? RuntimeSource);
