using k8s.Models;

namespace InfraSdk;

/// <summary>
/// A v1 Secret. Its values are never compiled into the assembly: each key names where its value comes from, and
/// the value is read when a command runs (and masked in everything InfraSdk prints).
/// </summary>
public sealed class Secret(string name) : Resource<V1Secret>(name)
{
    public override string Kind => "Secret";

    /// <summary>type; null is "Opaque".</summary>
    public string? Type { get; init; }

    /// <summary>Keys and where their values come from.</summary>
    public Dictionary<string, SecretSource> Values { get; init; } = [];
}

/// <summary>Where a Secret value is read when a command runs.</summary>
public abstract record SecretSource;

/// <summary>The value of environment variable <paramref name="Variable"/>.</summary>
public sealed record FromEnvironment(string Variable) : SecretSource;

/// <summary>The content of the file at <paramref name="Path"/> (relative to the current directory).</summary>
public sealed record FromFile(string Path) : SecretSource;
