using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>SetDefaults_HorizontalPodAutoscaler (autoscaling/v2): one replica at least, and 80% CPU when no metric is given.</summary>
internal static class AutoscalerDefaults
{
    public static void Apply(JsonObject autoscaler)
    {
        var spec = autoscaler.EnsureObject("spec");
        spec["minReplicas"] ??= 1;
        if ((spec.Array("metrics")?.Count ?? 0) == 0)
        {
            spec["metrics"] = new JsonArray(new JsonObject
            {
                ["type"] = "Resource",
                ["resource"] = new JsonObject
                {
                    ["name"] = "cpu",
                    ["target"] = new JsonObject { ["type"] = "Utilization", ["averageUtilization"] = 80 },
                },
            });
        }
    }
}
