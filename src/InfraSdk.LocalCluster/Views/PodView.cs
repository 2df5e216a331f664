using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Views;

/// <summary>
/// A ReplicaSet's pod as the API reports it: the ReplicaSet's template with the pod's name, owner and node, and the
/// kubelet's status. A running pod is Running with its data-plane address as podIP, its node's as hostIP, and one
/// started container status per container (ready when the pod passes its readiness probes); a pod the scheduler
/// cannot place is Pending with PodScheduled False, reason Unschedulable and the scheduler's message.
/// </summary>
internal static class PodView
{
    public static JsonObject Create(JsonObject replicaSet, string name, string uid, string created)
    {
        var template = replicaSet.Object("spec").Object("template");
        var templateMetadata = template.Object("metadata");
        var metadata = new JsonObject
        {
            ["name"] = name,
            ["generateName"] = replicaSet.Name() + "-",
            ["namespace"] = replicaSet.Object("metadata").String("namespace"),
            ["uid"] = uid,
            ["creationTimestamp"] = created,
            ["labels"] = templateMetadata?["labels"]?.DeepClone(),
        };
        if (templateMetadata?["annotations"] is JsonObject annotations)
        {
            metadata["annotations"] = annotations.DeepClone();
        }

        metadata["ownerReferences"] = Controllers.OwnerReferences.ControlledBy(ResourceType.ReplicaSets, replicaSet);
        var spec = template.Object("spec")?.DeepClone().AsObject() ?? new JsonObject();
        spec["serviceAccountName"] ??= "default";
        spec["enableServiceLinks"] ??= true;
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Pod",
            ["metadata"] = metadata,
            ["spec"] = spec,
        };
    }

    /// <summary>Sets spec.nodeName and the status of a running pod.</summary>
    public static void SetRunning(JsonObject pod, PodInfo info, string? hostIp, string now)
    {
        pod.EnsureObject("spec")["nodeName"] = info.NodeName;
        var started = info.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var previous = pod.Object("status");
        var ready = info.Ready ? "True" : "False";
        var statuses = new JsonArray();
        foreach (var container in pod.Object("spec").Array("containers").Objects())
        {
            statuses.Add(new JsonObject
            {
                ["name"] = container.String("name"),
                ["state"] = new JsonObject { ["running"] = new JsonObject { ["startedAt"] = started } },
                ["lastState"] = new JsonObject(),
                ["ready"] = info.Ready,
                ["restartCount"] = 0,
                ["image"] = container.String("image"),
                ["imageID"] = "",
                ["containerID"] = "containerd://" + ContainerId(info.Namespace, info.Name, container.String("name")),
                ["started"] = true,
            });
        }

        pod["status"] = new JsonObject
        {
            ["phase"] = "Running",
            ["conditions"] = new JsonArray(
                Condition(previous, "PodReadyToStartContainers", "True", started),
                Condition(previous, "Initialized", "True", started),
                Condition(previous, "Ready", ready, now),
                Condition(previous, "ContainersReady", ready, now),
                Condition(previous, "PodScheduled", "True", started)),
            ["hostIP"] = hostIp,
            ["hostIPs"] = new JsonArray(new JsonObject { ["ip"] = hostIp }),
            ["podIP"] = info.Address.ToString(),
            ["podIPs"] = new JsonArray(new JsonObject { ["ip"] = info.Address.ToString() }),
            ["startTime"] = started,
            ["containerStatuses"] = statuses,
            ["qosClass"] = "BestEffort",
        };
    }

    /// <summary>Sets the status of a pod no node has room for.</summary>
    public static void SetUnschedulable(JsonObject pod, string reason, string now)
    {
        pod.EnsureObject("spec").Remove("nodeName");
        var condition = Condition(pod.Object("status"), "PodScheduled", "False", now);
        condition["reason"] = "Unschedulable";
        condition["message"] = reason;
        pod["status"] = new JsonObject
        {
            ["phase"] = "Pending",
            ["conditions"] = new JsonArray(condition),
            ["qosClass"] = "BestEffort",
        };
    }

    /// <summary>A condition, keeping the previous lastTransitionTime when its status is unchanged.</summary>
    private static JsonObject Condition(JsonObject? previousStatus, string type, string status, string now)
    {
        var previous = previousStatus.Array("conditions").Objects().FirstOrDefault(condition => condition.String("type") == type);
        var since = previous?.String("status") == status ? previous.String("lastTransitionTime") ?? now : now;
        return new JsonObject
        {
            ["type"] = type,
            ["status"] = status,
            ["lastProbeTime"] = null,
            ["lastTransitionTime"] = since,
        };
    }

    private static string ContainerId(string ns, string pod, string? container) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{ns}/{pod}/{container}"))));
}
