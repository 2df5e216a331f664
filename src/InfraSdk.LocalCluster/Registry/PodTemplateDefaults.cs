using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>The core/v1 defaults of a pod template (SetDefaults_PodSpec, _Container, _Probe, _HTTPGetAction, _Volume).</summary>
internal static class PodTemplateDefaults
{
    private static readonly string[] Probes = ["livenessProbe", "readinessProbe", "startupProbe"];

    /// <summary>Defaults the pod spec under <paramref name="template"/>; restartPolicy becomes Always for every kind,
    /// so a Job template without one is refused by validation, as the API server does.</summary>
    public static void Apply(JsonObject template)
    {
        var podSpec = template.EnsureObject("spec");
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

            foreach (var probe in Probes.Select(name => container.Object(name)).OfType<JsonObject>())
            {
                ApplyProbe(probe);
            }
        }

        foreach (var volume in podSpec.Array("volumes").Objects())
        {
            if (volume.Count == 1 && volume.ContainsKey("name"))
            {
                volume["emptyDir"] = new JsonObject();
            }

            foreach (var source in new[] { volume.Object("configMap"), volume.Object("secret") }.OfType<JsonObject>())
            {
                source["defaultMode"] ??= 420;
            }
        }
    }

    private static void ApplyProbe(JsonObject probe)
    {
        probe["timeoutSeconds"] ??= 1;
        probe["periodSeconds"] ??= 10;
        probe["successThreshold"] ??= 1;
        probe["failureThreshold"] ??= 3;
        if (probe.Object("httpGet") is { } httpGet)
        {
            if (string.IsNullOrEmpty(httpGet.String("path")))
            {
                httpGet["path"] = "/";
            }

            httpGet["scheme"] ??= "HTTP";
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
