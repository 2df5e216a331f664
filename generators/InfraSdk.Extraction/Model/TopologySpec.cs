using InfraSdk.Declarations;

namespace InfraSdk.Extraction.Model;

/// <summary>A <c>[Topology]</c> class and its declarations, in source order.</summary>
/// <param name="ClassName">The class name, e.g. "ShopTopology"; the value of the infrasdk.io/topology label.</param>
/// <param name="ContainingNamespace">The C# namespace, or null for the global namespace.</param>
/// <param name="KubernetesNamespace">[Topology(Namespace = ...)], default "default".</param>
internal sealed record TopologySpec(
    string ClassName,
    string? ContainingNamespace,
    string Accessibility,
    bool IsStatic,
    bool IsPartial,
    bool IsNested,
    string KubernetesNamespace,
    SourceSpan ClassSpan,
    EquatableArray<ResourceSpec> Resources)
{
    /// <summary>A generic class gets no generated members: <c>Manifests</c> would need a type argument.</summary>
    public bool IsGeneric { get; init; }

    /// <summary>
    /// Only a non-generic, top-level <c>static partial</c> class can take the generated members. The generator skips
    /// any other silently; IS0013 says why.
    /// </summary>
    public bool CanTakeGeneratedMembers => IsStatic && IsPartial && !IsNested && !IsGeneric;
}
