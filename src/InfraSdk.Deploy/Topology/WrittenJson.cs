using System.Text.Json;
using InfraSdk.Deploy.ClusterAccess;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Topology;

/// <summary>
/// A manifest in the YAML writer's subset read through KubernetesJson: the same model object KubernetesYaml would
/// give, without YamlDotNet's cost per document.
/// </summary>
internal static class WrittenJson
{
    /// <summary>The object, or null when the YAML is outside the subset or its JSON does not fit its model (KubernetesYaml decides then).</summary>
    public static IKubernetesObject<V1ObjectMeta>? Read(string yaml)
    {
        if (WrittenYaml.ToJson(yaml) is not { } json)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("apiVersion", out var apiVersion) || apiVersion.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String
            || ModelTypes.Find(apiVersion.GetString()!, kind.GetString()!) is not { } model)
        {
            return null;
        }

        try
        {
            return ModelJson.Read(root, model);
        }
        catch (Exception error) when (error is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            return null;
        }
    }
}
