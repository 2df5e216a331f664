using System;
using InfraSdk.Declarations;
using InfraSdk.Yaml;

namespace InfraSdk.Manifests;

/// <summary>
/// The one mapping from declarations to Kubernetes objects, compiled as source into the generator (which writes the
/// manifests into the assembly) and into the runtime (for declarations only known when the program runs).
/// </summary>
internal static class ManifestMapping
{
    public static YamlMapping Map(DeclObject resource, ManifestContext context) => resource.Type switch
    {
        "Deployment" => DeploymentManifest.Map(resource, context),
        "ClusterIPService" or "NodePortService" or "LoadBalancerService" => ServiceManifest.Map(resource, context),
        "ConfigMap" => ConfigManifests.ConfigMap(resource, context),
        "Secret" => ConfigManifests.Secret(resource, context),
        "Ingress" => IngressManifest.Map(resource, context),
        "HorizontalPodAutoscaler" => ScalingManifests.HorizontalPodAutoscaler(resource, context),
        "PodDisruptionBudget" => ScalingManifests.PodDisruptionBudget(resource, context),
        _ => throw new ArgumentException("InfraSdk cannot map a " + resource.Type + ".", nameof(resource)),
    };

    /// <summary>The Namespace object a topology creates for <paramref name="name"/>.</summary>
    public static YamlMapping Namespace(string name, string topology) => new YamlMapping()
        .Add("apiVersion", "v1")
        .Add("kind", "Namespace")
        .Add("metadata", new YamlMapping()
            .Add("name", name)
            .Add("labels", YamlMapping.Sorted(ObjectMetadata.OwnershipLabels(topology))));

    /// <summary>The document head every namespaced kind shares: apiVersion, kind, metadata.</summary>
    public static YamlMapping Head(DeclObject resource, ManifestContext context)
    {
        var (apiVersion, kind) = ResourceTypes.Of(resource.Type)!.Value;
        return new YamlMapping()
            .Add("apiVersion", apiVersion)
            .Add("kind", kind)
            .Add("metadata", ObjectMetadata.Map(resource, context));
    }
}
