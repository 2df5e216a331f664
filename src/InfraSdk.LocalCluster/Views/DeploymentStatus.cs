using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Views;

/// <summary>
/// A Deployment's status as the deployment controller would report it, counted from the data plane's pods. Pending
/// pods (no node has room) count as replicas but not as ready ones, and add a ReplicaFailure condition with the
/// scheduler's FailedScheduling message, as kubectl describe shows it on the pods.
/// </summary>
internal static class DeploymentStatus
{
    public static void Fill(JsonObject deployment, DeploymentPods pods)
    {
        var metadata = deployment.Object("metadata");
        var name = deployment.Name();
        var mine = pods.Running;
        var created = mine.Count + pods.Pending;
        var desired = deployment.Object("spec").Integer("replicas") ?? 1;
        var ready = mine.Count(pod => pod.Ready);
        var available = ready >= desired - MaxUnavailable(deployment, desired);
        var time = metadata.String("creationTimestamp");
        var replicaSet = mine.Count > 0 ? mine[0].Name[..mine[0].Name.LastIndexOf('-')] : name;

        var status = new JsonObject { ["observedGeneration"] = metadata.Integer("generation") ?? 1 };
        if (created > 0)
        {
            status["replicas"] = created;
            status["updatedReplicas"] = created;
        }

        if (ready > 0)
        {
            status["readyReplicas"] = ready;
            status["availableReplicas"] = ready;
        }

        if (created > ready)
        {
            status["unavailableReplicas"] = created - ready;
        }

        var conditions = new JsonArray(
            Condition("Available", available, available ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
                available ? "Deployment has minimum availability." : "Deployment does not have minimum availability.", time),
            Condition("Progressing", true, ready >= desired ? "NewReplicaSetAvailable" : "ReplicaSetUpdated",
                ready >= desired ? $"ReplicaSet \"{replicaSet}\" has successfully progressed." : $"ReplicaSet \"{replicaSet}\" is progressing.", time));
        if (pods.Pending > 0)
        {
            conditions.Add(Condition("ReplicaFailure", true, "FailedScheduling", $"{pods.Pending} of {created} pods are Pending: {pods.PendingReason}", time));
        }

        status["conditions"] = conditions;
        deployment["status"] = status;
    }

    /// <summary>maxUnavailable of the rolling update, a count or a percentage rounded down (default 25%).</summary>
    private static long MaxUnavailable(JsonObject deployment, long desired)
    {
        var value = deployment.Object("spec").Object("strategy").Object("rollingUpdate")?["maxUnavailable"];
        if (value.AsInteger() is { } count)
        {
            return count;
        }

        var text = (value as JsonValue)?.TryGetValue<string>(out var percent) == true ? percent : "25%";
        return long.TryParse(text.TrimEnd('%'), out var share) ? desired * share / 100 : 0;
    }

    private static JsonObject Condition(string type, bool ok, string reason, string message, string? time) => new()
    {
        ["type"] = type,
        ["status"] = ok ? "True" : "False",
        ["lastUpdateTime"] = time,
        ["lastTransitionTime"] = time,
        ["reason"] = reason,
        ["message"] = message,
    };
}
