using InfraSdk.Declarations;
using InfraSdk.Kubernetes;
using InfraSdk.Yaml;

namespace InfraSdk.Manifests;

/// <summary>A HorizontalPodAutoscaler and a PodDisruptionBudget, each aimed at a declared Deployment by name.</summary>
internal static class ScalingManifests
{
    public static YamlMapping HorizontalPodAutoscaler(DeclObject hpa, ManifestContext context)
    {
        var metrics = new YamlSequence();
        AddUtilization(metrics, "cpu", hpa.Int("CpuUtilization"));
        AddUtilization(metrics, "memory", hpa.Int("MemoryUtilization"));
        var minReplicas = hpa.Int("MinReplicas");
        return ManifestMapping.Head(hpa, context).Add("spec", new YamlMapping()
            .Add("scaleTargetRef", new YamlMapping()
                .Add("apiVersion", "apps/v1")
                .Add("kind", "Deployment")
                .Add("name", hpa.String("Deployment") ?? string.Empty))
            .AddIfNotNull("minReplicas", minReplicas)
            .Add("maxReplicas", hpa.Int("MaxReplicas") ?? minReplicas ?? 1)
            .AddIfAny("metrics", metrics));
    }

    /// <summary>Selects the target Deployment's Pods by the label InfraSdk gives all of them, whatever its selector.</summary>
    public static YamlMapping PodDisruptionBudget(DeclObject pdb, ManifestContext context) =>
        ManifestMapping.Head(pdb, context).Add("spec", new YamlMapping()
            .AddIfAny("minAvailable", pdb.String("MinAvailable") is { } min ? ObjectMetadata.IntOrString(min) : null)
            .AddIfAny("maxUnavailable", pdb.String("MaxUnavailable") is { } max ? ObjectMetadata.IntOrString(max) : null)
            .Add("selector", new YamlMapping().Add("matchLabels", new YamlMapping().Add(InfraSdkMetadata.DeploymentKey, pdb.String("Deployment") ?? string.Empty))));

    private static void AddUtilization(YamlSequence metrics, string resource, int? percent)
    {
        if (percent is { } value)
        {
            metrics.Items.Add(new YamlMapping()
                .Add("type", "Resource")
                .Add("resource", new YamlMapping()
                    .Add("name", resource)
                    .Add("target", new YamlMapping().Add("type", "Utilization").Add("averageUtilization", value))));
        }
    }
}
