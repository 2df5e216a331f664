using InfraSdk.Extraction.Model;

namespace InfraSdk.Generators.Emission;

internal static class TopologyShape
{
    /// <summary>
    /// Only a non-generic, top-level <c>static partial</c> class can take the generated members. Anything else gets
    /// nothing generated; the analyzers report why (IS0013), so the generator stays silent.
    /// </summary>
    public static bool CanGenerate(TopologySpec topology) =>
        topology.IsStatic && topology.IsPartial && !topology.IsNested && !topology.IsGeneric;

    /// <summary>A member the generated code can read: static, and set to something.</summary>
    public static bool CanRead(ResourceSpec resource) => resource.IsStatic && resource.HasInitializer;
}
