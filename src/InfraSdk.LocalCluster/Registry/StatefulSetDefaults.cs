using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>SetDefaults_StatefulSet (apps/v1) and the pod template defaults of core/v1.</summary>
internal static class StatefulSetDefaults
{
    public static void Apply(JsonObject statefulSet)
    {
        var spec = statefulSet.EnsureObject("spec");
        spec["podManagementPolicy"] ??= "OrderedReady";
        if (spec["updateStrategy"] is null)
        {
            spec["updateStrategy"] = new JsonObject { ["type"] = "RollingUpdate" };
        }

        var strategy = spec.EnsureObject("updateStrategy");
        if (strategy.String("type") == "RollingUpdate")
        {
            strategy.EnsureObject("rollingUpdate")["partition"] ??= 0;
        }

        spec["persistentVolumeClaimRetentionPolicy"] ??= new JsonObject { ["whenDeleted"] = "Retain", ["whenScaled"] = "Retain" };
        spec["replicas"] ??= 1;
        spec["revisionHistoryLimit"] ??= 10;
        PodTemplateDefaults.Apply(spec.EnsureObject("template"));
    }
}
