using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>
/// Reads an API answer as the KubernetesClient model of its kind, chosen at run time; kinds without a model are read
/// for their metadata only.
/// </summary>
internal static class ModelJson
{
    private static readonly MethodInfo DeserializeElement = typeof(KubernetesJson).GetMethods()
        .Single(method => method.Name == nameof(KubernetesJson.Deserialize) && method.GetParameters()[0].ParameterType == typeof(JsonElement));

    private static readonly ConcurrentDictionary<Type, Func<JsonElement, object>> Readers = new();

    public static IKubernetesObject<V1ObjectMeta> Read(JsonElement json, Type? model, ApiResource resource)
    {
        var value = Read(json, model ?? typeof(MetadataOnly));
        value.ApiVersion ??= resource.GroupVersion;
        value.Kind ??= resource.Kind;
        return value;
    }

    /// <summary>
    /// <paramref name="json"/> as the model <paramref name="model"/>; a value that does not fit it throws the
    /// <see cref="JsonException"/> (or <see cref="FormatException"/>) of KubernetesJson.
    /// </summary>
    public static IKubernetesObject<V1ObjectMeta> Read(JsonElement json, Type model)
    {
        var reader = Readers.GetOrAdd(model, type =>
        {
            var deserialize = DeserializeElement.MakeGenericMethod(type);
            return element => deserialize.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [element, null], null)!;
        });
        return (IKubernetesObject<V1ObjectMeta>)reader(json);
    }

    /// <summary>Any object, read for apiVersion, kind and metadata: all that prune and destroy need.</summary>
    private sealed class MetadataOnly : IKubernetesObject<V1ObjectMeta>
    {
        [System.Text.Json.Serialization.JsonPropertyName("apiVersion")]
        public string ApiVersion { get; set; } = null!;

        [System.Text.Json.Serialization.JsonPropertyName("kind")]
        public string Kind { get; set; } = null!;

        [System.Text.Json.Serialization.JsonPropertyName("metadata")]
        public V1ObjectMeta Metadata { get; set; } = new();
    }
}
