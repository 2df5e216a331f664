using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>SetDefaults_Deployment (apps/v1) and the pod template defaults of core/v1.</summary>
internal static class DeploymentDefaults
{
    public static void Apply(JsonObject deployment)
    {
        var spec = deployment.EnsureObject("spec");
        spec["replicas"] ??= 1;
        if (spec["strategy"] is null)
        {
            spec["strategy"] = new JsonObject
            {
                ["type"] = "RollingUpdate",
                ["rollingUpdate"] = new JsonObject { ["maxUnavailable"] = "25%", ["maxSurge"] = "25%" },
            };
        }

        spec["revisionHistoryLimit"] ??= 10;
        spec["progressDeadlineSeconds"] ??= 600;
        PodTemplateDefaults.Apply(spec.EnsureObject("template"));
    }
}
