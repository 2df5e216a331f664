namespace InfraSdk.Deploy.Planning;

/// <summary>One field that differs: its path (<c>spec.ports[0].nodePort</c>) and the values before and after (null when absent).</summary>
internal sealed record FieldChange(string Path, string? Before, string? After)
{
    public override string ToString() => $"{Path}: {Before ?? "(none)"} -> {After ?? "(none)"}";
}
