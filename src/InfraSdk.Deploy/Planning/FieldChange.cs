namespace InfraSdk.Deploy.Planning;

/// <summary>One field that differs: its path (<c>spec.ports[0].nodePort</c>) and the values before and after (null when absent).</summary>
internal sealed record FieldChange(string Path, string? Before, string? After)
{
    private const string Hidden = "(changed)";

    /// <summary>A change whose values must not be shown, such as a Secret's data.</summary>
    public static FieldChange Concealed(string path) => new(path, Hidden, Hidden);

    public override string ToString() => Before == Hidden && After == Hidden ? $"{Path}: {Hidden}" : $"{Path}: {Before ?? "(none)"} -> {After ?? "(none)"}";
}
