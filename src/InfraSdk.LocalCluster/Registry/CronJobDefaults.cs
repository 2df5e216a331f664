using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>SetDefaults_CronJob (batch/v1) and the pod template defaults of core/v1 for its Job template.</summary>
internal static class CronJobDefaults
{
    public static void Apply(JsonObject cronJob)
    {
        var spec = cronJob.EnsureObject("spec");
        spec["concurrencyPolicy"] ??= "Allow";
        spec["suspend"] ??= false;
        spec["successfulJobsHistoryLimit"] ??= 3;
        spec["failedJobsHistoryLimit"] ??= 1;
        PodTemplateDefaults.Apply(spec.EnsureObject("jobTemplate").EnsureObject("spec").EnsureObject("template"));
    }
}
