using System.Collections.Generic;
using System.Linq;
using InfraSdk.Declarations;
using InfraSdk.Yaml;

namespace InfraSdk.Manifests;

/// <summary>spec.template of a workload: Pod labels and annotations, containers, volumes and Pod-level settings.</summary>
internal static class PodTemplate
{
    public static YamlMapping Map(DeclObject workload, IEnumerable<KeyValuePair<string, string>> podLabels)
    {
        var name = workload.String("Name") ?? string.Empty;
        var containers = new YamlSequence();
        if (workload.Object("Container") is { } main)
        {
            containers.Items.Add(ContainerManifest.Map(main, name));
        }

        containers.Items.AddRange(workload.Objects("Sidecars").Select(sidecar => ContainerManifest.Map(sidecar, name)));
        var security = workload.Object("Security");
        var spec = new YamlMapping()
            .Add("containers", containers)
            .AddIfAny("initContainers", new YamlSequence(workload.Objects("InitContainers").Select(init => ContainerManifest.Map(init, name))))
            .AddIfAny("volumes", new YamlSequence(workload.Objects("Volumes").Select(Volume)))
            .AddIfNotNull("serviceAccountName", workload.String("ServiceAccount"))
            .AddIfAny("nodeSelector", YamlMapping.Sorted(workload.StringEntries("NodeSelector")))
            .AddIfAny("tolerations", new YamlSequence(workload.Objects("Tolerations").Select(Toleration)))
            .AddIfAny("securityContext", security is null ? null : new YamlMapping()
                .AddIfNotNull("runAsNonRoot", security.Bool("RunAsNonRoot"))
                .AddIfNotNull("runAsUser", security.Number("RunAsUser"))
                .AddIfNotNull("runAsGroup", security.Number("RunAsGroup"))
                .AddIfNotNull("fsGroup", security.Number("FsGroup")))
            .AddIfAny("imagePullSecrets", new YamlSequence(workload.Strings("ImagePullSecrets").Select(secret => new YamlMapping().Add("name", secret))))
            .AddIfNotNull("terminationGracePeriodSeconds", workload.Int("TerminationGracePeriodSeconds"));
        return new YamlMapping()
            .Add("metadata", new YamlMapping()
                .Add("labels", YamlMapping.Sorted(podLabels))
                .AddIfAny("annotations", YamlMapping.Sorted(workload.StringEntries("PodAnnotations"))))
            .Add("spec", spec);
    }

    private static YamlMapping Volume(DeclObject volume)
    {
        var mapping = new YamlMapping().Add("name", volume.String("Name") ?? string.Empty);
        return volume.Type switch
        {
            "ConfigMapVolume" => mapping.Add("configMap", new YamlMapping().Add("name", volume.String("ConfigMap") ?? string.Empty)),
            "SecretVolume" => mapping.Add("secret", new YamlMapping().Add("secretName", volume.String("Secret") ?? string.Empty)),
            "EmptyDirVolume" => mapping.Add("emptyDir", new YamlMapping()
                .AddIfNotNull("medium", volume.Bool("InMemory") == true ? "Memory" : null)
                .AddIfNotNull("sizeLimit", volume.String("SizeLimit"))),
            "PersistentVolumeClaimVolume" => mapping.Add("persistentVolumeClaim", new YamlMapping()
                .Add("claimName", volume.String("ClaimName") ?? string.Empty)
                .AddIfNotNull("readOnly", volume.Bool("ReadOnly"))),
            _ => mapping,
        };
    }

    private static YamlMapping Toleration(DeclObject toleration) => new YamlMapping()
        .Add("key", toleration.String("Key") ?? string.Empty)
        .AddIfNotNull("operator", toleration.String("Operator"))
        .AddIfNotNull("value", toleration.String("Value"))
        .AddIfNotNull("effect", toleration.String("Effect"))
        .AddIfNotNull("tolerationSeconds", toleration.Number("TolerationSeconds"));
}
