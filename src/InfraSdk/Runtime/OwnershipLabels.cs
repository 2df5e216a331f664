using InfraSdk.Kubernetes;

namespace InfraSdk;

/// <summary>The labels that mark an object as created by InfraSdk for one topology.</summary>
public static class OwnershipLabels
{
    public const string ManagedByKey = InfraSdkMetadata.ManagedByKey;
    public const string ManagedByValue = InfraSdkMetadata.ManagedByValue;
    public const string TopologyKey = InfraSdkMetadata.TopologyKey;

    /// <summary>A label selector that matches every object of <paramref name="topology"/>.</summary>
    public static string SelectorFor(string topology) => $"{ManagedByKey}={ManagedByValue},{TopologyKey}={topology}";
}
