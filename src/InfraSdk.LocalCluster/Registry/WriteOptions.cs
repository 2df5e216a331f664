namespace InfraSdk.LocalCluster.Registry;

/// <summary>The query options of a write: dryRun=All, fieldManager, force.</summary>
internal sealed record WriteOptions(bool DryRun, string? FieldManager, bool Force);
