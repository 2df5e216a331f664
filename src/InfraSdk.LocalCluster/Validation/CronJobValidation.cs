using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>ValidateCronJobCreate (pkg/apis/batch/validation/validation.go) for the fields a CronJob of ours carries.</summary>
internal static class CronJobValidation
{
    /// <summary>A CronJob's name plus the 11 characters of its Jobs' suffix must make a DNS-1035 label.</summary>
    private const int MaxNameLength = 52;

    private static readonly string[] ConcurrencyPolicies = ["Allow", "Forbid", "Replace"];
    private static readonly string[] JobRestartPolicies = ["OnFailure", "Never"];

    public static IReadOnlyList<FieldError> Validate(JsonObject cronJob)
    {
        var errors = new List<FieldError>(ObjectMetaValidation.Validate(cronJob, KubernetesNames.CheckDns1123Subdomain));
        var name = cronJob.Name();
        if (name.Length > MaxNameLength)
        {
            errors.Add(FieldError.Invalid("metadata.name", name, "must be no more than 52 characters"));
        }

        var spec = cronJob.Object("spec");
        var schedule = spec.String("schedule") ?? "";
        if (schedule.Length == 0)
        {
            errors.Add(FieldError.Required("spec.schedule"));
        }
        else if (!schedule.StartsWith('@') && schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: not 5 } fields)
        {
            errors.Add(FieldError.Invalid("spec.schedule", schedule, $"Expected exactly 5 fields, found {fields.Length}: {schedule}"));
        }

        var policy = spec.String("concurrencyPolicy") ?? "";
        if (!ConcurrencyPolicies.Contains(policy))
        {
            errors.Add(FieldError.NotSupported("spec.concurrencyPolicy", policy, ConcurrencyPolicies));
        }

        var podSpec = spec.Object("jobTemplate").Object("spec").Object("template").Object("spec");
        const string podPath = "spec.jobTemplate.spec.template.spec";
        var restartPolicy = podSpec.String("restartPolicy") ?? "";
        if (!JobRestartPolicies.Contains(restartPolicy))
        {
            errors.Add(FieldError.NotSupported(podPath + ".restartPolicy", restartPolicy, JobRestartPolicies));
        }

        errors.AddRange(PodSpecValidation.Validate(podSpec, podPath));
        return errors;
    }
}
