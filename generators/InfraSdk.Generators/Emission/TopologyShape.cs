using InfraSdk.Extraction.Model;

namespace InfraSdk.Generators.Emission;

internal static class TopologyShape
{
    /// <summary>A member the generated code can read: static, and set to something.</summary>
    public static bool CanRead(ResourceSpec resource) => resource.IsStatic && resource.HasInitializer;
}
