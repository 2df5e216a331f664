using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Controllers;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Views;

/// <summary>
/// A Deployment's status as the deployment controller writes it (calculateStatus), counted from its ReplicaSets' pods:
/// replicas (Pending ones included), updatedReplicas (the current template's), ready and available ones, the
/// Available and Progressing conditions kubectl rollout status and kubectl wait read, and, while pods are Pending, a
/// ReplicaFailure condition with the scheduler's FailedScheduling message. Conditions keep their times while they
/// do not change.
/// </summary>
internal static class DeploymentStatus
{
    /// <param name="replicaSets">The Deployment's ReplicaSets with their pods; <paramref name="current"/> is the one of its template.</param>
    public static JsonObject Compute(JsonObject deployment, IReadOnlyList<(JsonObject ReplicaSet, DeploymentPods Pods)> replicaSets, string current, string now)
    {
        var desired = deployment.Object("spec").Integer("replicas") ?? 1;
        var previous = deployment.Object("status");
        var created = replicaSets.Sum(entry => entry.Pods.Running.Count + entry.Pods.Pending);
        var pending = replicaSets.Sum(entry => entry.Pods.Pending);
        var updated = replicaSets.Where(entry => entry.ReplicaSet.Name() == current).Sum(entry => entry.Pods.Running.Count + entry.Pods.Pending);
        var ready = replicaSets.Sum(entry => entry.Pods.Running.Count(pod => pod.Ready));
        var wanted = replicaSets.Sum(entry => entry.ReplicaSet.Object("spec").Integer("replicas") ?? 0);
        var available = ready >= desired - RolloutBounds.For(deployment).MaxUnavailable;
        var complete = updated == desired && created == updated && ready >= updated;

        var status = new JsonObject { ["observedGeneration"] = deployment.Object("metadata").Integer("generation") ?? 1 };
        SetCount(status, "replicas", created);
        SetCount(status, "updatedReplicas", updated);
        SetCount(status, "readyReplicas", ready);
        SetCount(status, "availableReplicas", ready);
        SetCount(status, "unavailableReplicas", Math.Max(0, Math.Max(wanted, created) - ready));
        var conditions = new JsonArray(
            Condition(previous, "Available", available, available ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
                available ? "Deployment has minimum availability." : "Deployment does not have minimum availability.", now),
            Condition(previous, "Progressing", true, complete ? "NewReplicaSetAvailable" : "ReplicaSetUpdated",
                complete ? $"ReplicaSet \"{current}\" has successfully progressed." : $"ReplicaSet \"{current}\" is progressing.", now));
        if (pending > 0)
        {
            var reason = replicaSets.Select(entry => entry.Pods.PendingReason).FirstOrDefault(text => text is not null);
            conditions.Add(Condition(previous, "ReplicaFailure", true, "FailedScheduling", $"{pending} of {created} pods are Pending: {reason}", now));
        }

        status["conditions"] = conditions;
        return status;
    }

    private static void SetCount(JsonObject status, string name, long count)
    {
        if (count > 0)
        {
            status[name] = count;
        }
    }

    /// <summary>A condition; lastTransitionTime stays while the status does, lastUpdateTime while the reason and message do.</summary>
    private static JsonObject Condition(JsonObject? previousStatus, string type, bool ok, string reason, string message, string now)
    {
        var status = ok ? "True" : "False";
        var previous = previousStatus.Array("conditions").Objects().FirstOrDefault(condition => condition.String("type") == type);
        var same = previous?.String("status") == status;
        var unchanged = same && previous?.String("reason") == reason && previous?.String("message") == message;
        return new JsonObject
        {
            ["type"] = type,
            ["status"] = status,
            ["lastUpdateTime"] = unchanged ? previous!.String("lastUpdateTime") ?? now : now,
            ["lastTransitionTime"] = same ? previous!.String("lastTransitionTime") ?? now : now,
            ["reason"] = reason,
            ["message"] = message,
        };
    }
}
