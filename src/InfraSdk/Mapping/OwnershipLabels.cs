namespace InfraSdk;

/// <summary>The labels that mark an object as created by InfraSdk for one topology.</summary>
public static class OwnershipLabels
{
    public const string ManagedByKey = "app.kubernetes.io/managed-by";
    public const string ManagedByValue = "infrasdk";
    public const string TopologyKey = "infrasdk.io/topology";

    /// <summary>A label selector that matches every object of <paramref name="topology"/>.</summary>
    public static string SelectorFor(string topology) => $"{ManagedByKey}={ManagedByValue},{TopologyKey}={topology}";
}
