using System.Reflection;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Topology;

/// <summary>The KubernetesClient model type of each apiVersion and kind, read from the models' [KubernetesEntity] attributes.</summary>
internal static class ModelTypes
{
    private static readonly Dictionary<(string ApiVersion, string Kind), Type> ByApiVersionAndKind = typeof(V1Namespace).Assembly.GetTypes()
        .Where(type => typeof(IKubernetesObject<V1ObjectMeta>).IsAssignableFrom(type))
        .Select(type => (Type: type, Entity: type.GetCustomAttribute<KubernetesEntityAttribute>()))
        .Where(pair => pair.Entity is { Kind.Length: > 0 })
        .DistinctBy(pair => (ApiVersionOf(pair.Entity!), pair.Entity!.Kind))
        .ToDictionary(pair => (ApiVersionOf(pair.Entity!), pair.Entity!.Kind), pair => pair.Type);

    public static Type? Find(string apiVersion, string kind) => ByApiVersionAndKind.GetValueOrDefault((apiVersion, kind));

    private static string ApiVersionOf(KubernetesEntityAttribute entity) =>
        string.IsNullOrEmpty(entity.Group) ? entity.ApiVersion : $"{entity.Group}/{entity.ApiVersion}";
}
