namespace InfraSdk.Generators;

/// <summary>The names of the generator's pipeline steps, for incrementality tests.</summary>
internal static class TrackingNames
{
    public const string Topologies = nameof(Topologies);
    public const string NamedFiles = nameof(NamedFiles);
    public const string Files = nameof(Files);
    public const string Emissions = nameof(Emissions);
    public const string Claims = nameof(Claims);
    public const string AllClaims = nameof(AllClaims);
}
