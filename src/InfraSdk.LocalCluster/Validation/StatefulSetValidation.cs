using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>ValidateStatefulSet and ValidateStatefulSetUpdate (pkg/apis/apps/validation/validation.go).</summary>
internal static class StatefulSetValidation
{
    private static readonly string[] MutableSpecFields = ["replicas", "ordinals", "template", "updateStrategy", "persistentVolumeClaimRetentionPolicy", "minReadySeconds"];

    public static IReadOnlyList<FieldError> Validate(JsonObject statefulSet)
    {
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(statefulSet, KubernetesNames.CheckDns1123Subdomain));
        var spec = statefulSet.Object("spec");
        var policy = spec.String("podManagementPolicy") ?? "";
        if (policy.Length == 0)
        {
            errors.Add(FieldError.Required("spec.podManagementPolicy"));
        }
        else if (policy is not ("OrderedReady" or "Parallel"))
        {
            errors.Add(FieldError.Invalid("spec.podManagementPolicy", policy, "must be 'OrderedReady' or 'Parallel'"));
        }

        var strategy = spec.Object("updateStrategy").String("type") ?? "";
        if (strategy.Length == 0)
        {
            errors.Add(FieldError.Required("spec.updateStrategy"));
        }
        else if (strategy is not ("RollingUpdate" or "OnDelete"))
        {
            errors.Add(FieldError.InvalidPrinted("spec.updateStrategy", $"apps.StatefulSetUpdateStrategy{{Type:{FieldError.Quote(strategy)}, RollingUpdate:(*apps.RollingUpdateStatefulSetStrategy)(nil)}}", "must be 'RollingUpdate' or 'OnDelete'"));
        }

        var replicas = spec.Integer("replicas") ?? 0;
        if (replicas < 0)
        {
            errors.Add(FieldError.Invalid("spec.replicas", replicas, "must be greater than or equal to 0"));
        }

        errors.AddRange(DeploymentValidation.SelectedTemplate(spec, "statefulset"));
        var podSpec = spec.Object("template").Object("spec");
        errors.AddRange(DeploymentValidation.RestartPolicy(podSpec, "spec.template.spec"));
        var claimNames = spec.Array("volumeClaimTemplates").Objects().Select(claim => claim.Name());
        errors.AddRange(PodSpecValidation.Validate(podSpec, "spec.template.spec", claimNames));
        return errors;
    }

    /// <summary>Only the replicas, ordinals, template, update strategy, claim retention and minReadySeconds may change.</summary>
    public static IEnumerable<FieldError> ValidateUpdate(JsonObject statefulSet, JsonObject old)
    {
        if (!JsonNode.DeepEquals(Frozen(statefulSet), Frozen(old)))
        {
            yield return FieldError.Forbidden("spec", "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden");
        }
    }

    private static JsonObject Frozen(JsonObject statefulSet)
    {
        var spec = statefulSet.Object("spec")?.DeepClone().AsObject() ?? [];
        foreach (var field in MutableSpecFields)
        {
            spec.Remove(field);
        }

        return spec;
    }
}
