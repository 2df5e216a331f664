using InfraSdk.Kubernetes;

namespace InfraSdk.Deploy.Secrets;

/// <summary>Where one key of a Secret gets its value when a command runs: "env:NAME" or "file:PATH".</summary>
internal sealed record SecretSource(string Key, string Spelling)
{
    public bool IsEnvironment => Spelling.StartsWith(InfraSdkMetadata.EnvironmentSourcePrefix, StringComparison.Ordinal);

    public bool IsFile => Spelling.StartsWith(InfraSdkMetadata.FileSourcePrefix, StringComparison.Ordinal);

    /// <summary>The variable name or the file path.</summary>
    public string Target => IsEnvironment
        ? Spelling[InfraSdkMetadata.EnvironmentSourcePrefix.Length..]
        : Spelling[InfraSdkMetadata.FileSourcePrefix.Length..];

    /// <summary>"environment variable SHOP_DB_PASSWORD" or "file certs/tls.key".</summary>
    public override string ToString() => IsEnvironment ? $"environment variable {Target}" : $"file {Target}";
}
