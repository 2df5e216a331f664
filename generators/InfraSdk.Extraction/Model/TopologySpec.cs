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

    /// <summary>A file-local class (<c>file static partial class</c>): the generated part, in a file of its own, would be another class.</summary>
    public bool IsFileLocal { get; init; }

    /// <summary>A name of the generated part (<c>Manifests</c>, <c>Resources</c>, their fields) that the class or one of its own members has already.</summary>
    public string? TakenGeneratedName { get; init; }

    /// <summary>
    /// Only a non-generic, top-level, not file-local <c>static partial</c> class that leaves the generated names free
    /// can take the generated members. The generator skips any other silently; IS0013 says why.
    /// </summary>
    public bool CanTakeGeneratedMembers => IsStatic && IsPartial && !IsNested && !IsGeneric && !IsFileLocal && TakenGeneratedName is null;
}
