using System.Text.Json;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Topology;
using InfraSdk.Kubernetes;

namespace InfraSdk.Deploy.Secrets;

/// <summary>Reads a Secret's <c>infrasdk.io/secret-sources</c> annotation: a JSON object of key -> "env:NAME" or "file:PATH".</summary>
internal static class SecretSourcesAnnotation
{
    public static IReadOnlyList<SecretSource> Read(DesiredObject secret)
    {
        if (secret.Object.Metadata.Annotations?.TryGetValue(InfraSdkMetadata.SecretSourcesKey, out var json) != true)
        {
            return [];
        }

        var sources = Parse(json!);
        if (sources?.Select(pair => new SecretSource(pair.Key, pair.Value)).ToList() is not { } parsed || parsed.Any(source => !source.IsEnvironment && !source.IsFile))
        {
            throw new CommandException(
                $"The {InfraSdkMetadata.SecretSourcesKey} annotation of {secret.Key} must be a JSON object of key -> \"{InfraSdkMetadata.EnvironmentSourcePrefix}NAME\" or \"{InfraSdkMetadata.FileSourcePrefix}PATH\".",
                ExitCodes.Usage);
        }

        return parsed;
    }

    private static Dictionary<string, string>? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
