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

        var podSpec = spec.EnsureObject("template").EnsureObject("spec");
        podSpec["restartPolicy"] ??= "Always";
        podSpec["terminationGracePeriodSeconds"] ??= 30;
        podSpec["dnsPolicy"] ??= "ClusterFirst";
        podSpec["securityContext"] ??= new JsonObject();
        podSpec["schedulerName"] ??= "default-scheduler";
        foreach (var container in podSpec.Array("containers").Objects().Concat(podSpec.Array("initContainers").Objects()))
        {
            container["terminationMessagePath"] ??= "/dev/termination-log";
            container["terminationMessagePolicy"] ??= "File";
            container["imagePullPolicy"] ??= PullPolicy(container.String("image") ?? "");
            container["resources"] ??= new JsonObject();
            foreach (var port in container.Array("ports").Objects())
            {
                port["protocol"] ??= "TCP";
            }
        }
    }

    /// <summary>Always for ":latest" or an untagged image, IfNotPresent otherwise.</summary>
    private static string PullPolicy(string image)
    {
        var name = image.Split('@')[0];
        var lastSlash = name.LastIndexOf('/');
        var colon = name.LastIndexOf(':');
        var tagged = colon > lastSlash;
        return !image.Contains('@') && (!tagged || name[(colon + 1)..] == "latest") ? "Always" : "IfNotPresent";
    }
}
