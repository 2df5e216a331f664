using System.Collections.Concurrent;
using System.Reflection;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Topology;

/// <summary>
/// The KubernetesClient model type of each apiVersion and kind, read from the models' [KubernetesEntity] attributes.
/// The type named as KubernetesClient names its models ("apps/v1" Deployment: <c>k8s.Models.V1Deployment</c>) is tried
/// first, and taken when its attribute says that apiVersion and kind; only a miss scans the assembly's types (about
/// 0.3 s of a cold process).
/// </summary>
internal static class ModelTypes
{
    private static readonly Assembly Models = typeof(V1Namespace).Assembly;

    private static readonly Lazy<Dictionary<(string ApiVersion, string Kind), Type>> ByApiVersionAndKind = new(() => Models.GetTypes()
        .Where(type => typeof(IKubernetesObject<V1ObjectMeta>).IsAssignableFrom(type))
        .Select(type => (Type: type, Entity: type.GetCustomAttribute<KubernetesEntityAttribute>()))
        .Where(pair => pair.Entity is { Kind.Length: > 0 })
        .DistinctBy(pair => (ApiVersionOf(pair.Entity!), pair.Entity!.Kind))
        .ToDictionary(pair => (ApiVersionOf(pair.Entity!), pair.Entity!.Kind), pair => pair.Type));

    private static readonly ConcurrentDictionary<(string ApiVersion, string Kind), Type?> Found = new();

    public static Type? Find(string apiVersion, string kind) =>
        Found.GetOrAdd((apiVersion, kind), key => ByName(key.ApiVersion, key.Kind) ?? ByApiVersionAndKind.Value.GetValueOrDefault(key));

    private static Type? ByName(string apiVersion, string kind)
    {
        var version = apiVersion[(apiVersion.IndexOf('/') + 1)..];
        if (version.Length == 0 || kind.Length == 0)
        {
            return null;
        }

        var type = Models.GetType($"k8s.Models.{char.ToUpperInvariant(version[0])}{version[1..]}{kind}");
        return type is not null
            && typeof(IKubernetesObject<V1ObjectMeta>).IsAssignableFrom(type)
            && type.GetCustomAttribute<KubernetesEntityAttribute>() is { } entity
            && entity.Kind == kind && ApiVersionOf(entity) == apiVersion
            ? type
            : null;
    }

    private static string ApiVersionOf(KubernetesEntityAttribute entity) =>
        string.IsNullOrEmpty(entity.Group) ? entity.ApiVersion : $"{entity.Group}/{entity.ApiVersion}";
}
