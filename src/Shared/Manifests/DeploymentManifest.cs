using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Kubernetes;
using InfraSdk.Yaml;

namespace InfraSdk.Manifests;

/// <summary>An apps/v1 Deployment: a stable selector, the Pod template and the rollout settings.</summary>
internal static class DeploymentManifest
{
    public static YamlMapping Map(DeclObject deployment, ManifestContext context)
    {
        var spec = new YamlMapping()
            .AddIfNotNull("replicas", deployment.Int("Replicas"))
            .AddIfNotNull("revisionHistoryLimit", deployment.Int("RevisionHistoryLimit"))
            .AddIfNotNull("minReadySeconds", deployment.Int("MinReadySeconds"))
            .Add("selector", new YamlMapping().Add("matchLabels", YamlMapping.Sorted(Selector(deployment))))
            .AddIfAny("strategy", Strategy(deployment.Object("Strategy")))
            .Add("template", PodTemplate.Map(deployment, PodLabels(deployment)));
        return ManifestMapping.Head(deployment, context).Add("spec", spec);
    }

    /// <summary>spec.selector.matchLabels: the declared selector, else the label InfraSdk gives every Pod of this Deployment.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Selector(DeclObject deployment)
    {
        var declared = deployment.StringEntries("Selector").ToList();
        return declared.Count > 0 ? declared : [OwnLabel(deployment)];
    }

    /// <summary>The Pod template's labels: the Deployment's labels and <c>infrasdk.io/deployment: &lt;name&gt;</c>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> PodLabels(DeclObject deployment) =>
        deployment.StringEntries("Labels").Where(label => label.Key != InfraSdkMetadata.DeploymentKey).Append(OwnLabel(deployment)).ToList();

    private static KeyValuePair<string, string> OwnLabel(DeclObject deployment) => new(InfraSdkMetadata.DeploymentKey, deployment.String("Name") ?? string.Empty);

    private static YamlMapping? Strategy(DeclObject? strategy) => strategy?.Type switch
    {
        "RecreateStrategy" => new YamlMapping().Add("type", "Recreate"),
        "RollingUpdateStrategy" => new YamlMapping()
            .Add("type", "RollingUpdate")
            .AddIfAny("rollingUpdate", new YamlMapping()
                .AddIfAny("maxSurge", strategy.String("MaxSurge") is { } surge ? ObjectMetadata.IntOrString(surge) : null)
                .AddIfAny("maxUnavailable", strategy.String("MaxUnavailable") is { } unavailable ? ObjectMetadata.IntOrString(unavailable) : null)),
        _ => null,
    };
}
