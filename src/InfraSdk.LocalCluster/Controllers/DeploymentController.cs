using System.Globalization;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.DataPlane.Pods;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Registry;
using InfraSdk.LocalCluster.Storage;

namespace InfraSdk.LocalCluster.Controllers;

/// <summary>
/// The deployment controller: each Deployment owns one ReplicaSet per pod template (<c>&lt;deployment&gt;-&lt;hash&gt;</c>,
/// labelled pod-template-hash, annotated with its revision), and a template change rolls out as kube-controller-manager
/// does it: the new ReplicaSet grows within maxSurge, the old ones shrink as pods become available, never below
/// replicas - maxUnavailable (Recreate: the old ones go to zero first). Each sync takes one step; a Deployment whose
/// step changed something and whose rollout is not over is synced again after the data plane has followed. A
/// Deployment that is gone takes its ReplicaSets along (the garbage collector's part).
/// </summary>
internal sealed class DeploymentController(ObjectStore store, ReplicaSetIndex index, NodePortDataPlane dataPlane, TimeProvider time)
{
    public const string RevisionAnnotation = "deployment.kubernetes.io/revision";
    private const string DesiredReplicasAnnotation = "deployment.kubernetes.io/desired-replicas";
    private const string MaxReplicasAnnotation = "deployment.kubernetes.io/max-replicas";
    private const string Component = "deployment-controller";

    // Deployments whose last sync left the rollout unfinished: a pod's readiness change may let them go on.
    private readonly HashSet<string> _rollingOut = new(StringComparer.Ordinal);

    /// <summary>The Deployments (keys) whose rollouts wait for pods to become ready.</summary>
    public IReadOnlyCollection<string> RollingOut => _rollingOut;

    /// <summary>Syncs each Deployment at <paramref name="keys"/> (call under the registry's write lock); adds the writes
    /// to <paramref name="changes"/> and returns the keys to sync again once the data plane has followed.</summary>
    public IReadOnlySet<string> Sync(IEnumerable<string> keys, List<StoreChange> changes, EventRecorder events)
    {
        var again = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (SyncOne(key, changes, events))
            {
                again.Add(key);
            }
        }

        return again;
    }

    /// <summary>One step of one Deployment; true when it changed something and its rollout is not over.</summary>
    private bool SyncOne(string key, List<StoreChange> changes, EventRecorder events)
    {
        var (ns, name) = ReplicaSetIndex.Split(key);
        var owned = index.Of(key)
            .Select(replicaSet => store.Get(ObjectRegistry.Key(ResourceType.ReplicaSets, ns, replicaSet)))
            .OfType<JsonObject>()
            .ToList();
        var deployment = store.Get(ObjectRegistry.Key(ResourceType.Deployments, ns, name));
        if (deployment is null)
        {
            _rollingOut.Remove(key);
            changes.AddRange(owned.Select(replicaSet => new StoreChange(ObjectRegistry.Key(ResourceType.ReplicaSets, ns, replicaSet.Name()), null)));
            return false;
        }

        var spec = deployment.Object("spec");
        var desired = (int)(spec.Integer("replicas") ?? 1);
        var hash = PodTemplateHash.Of(spec.Object("template"));
        var newName = $"{name}-{hash}";
        var current = owned.FirstOrDefault(replicaSet => replicaSet.Name() == newName);
        var olds = owned.Where(replicaSet => replicaSet != current).OrderBy(Revision).ThenBy(replicaSet => replicaSet.Name(), StringComparer.Ordinal).ToList();
        var maxOldRevision = olds.Select(Revision).DefaultIfEmpty(0).Max();
        var recreate = spec.Object("strategy").String("type") == "Recreate";
        var bounds = RolloutBounds.For(deployment);
        var replicas = owned.ToDictionary(replicaSet => replicaSet.Name(), Replicas, StringComparer.Ordinal);
        var oldsActive = olds.Any(old => replicas[old.Name()] > 0);
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var created = current is null;
        int revision;
        if (current is null)
        {
            var initial = !oldsActive ? desired
                : recreate ? 0
                : Math.Clamp(desired + bounds.MaxSurge - olds.Sum(old => replicas[old.Name()]), 0, desired);
            revision = maxOldRevision + 1;
            current = NewReplicaSet(deployment, hash, revision, initial);
            replicas[newName] = initial;
            events.Record(ResourceType.Deployments, deployment, EventRecorder.Normal, "ScalingReplicaSet", $"Scaled up replica set {newName} from 0 to {initial}", Component);
        }
        else
        {
            revision = Revision(current);
            if (revision <= maxOldRevision)
            {
                revision = maxOldRevision + 1;
                current.Metadata().EnsureObject("annotations")[RevisionAnnotation] = Text(revision);
                changed.Add(newName);
            }
        }

        var before = replicas[newName];
        var target = NewReplicas(desired, bounds, recreate, oldsActive, olds, replicas, before);
        if (target != before)
        {
            ScaleEvent(deployment, newName, before, target, events);
            replicas[newName] = target;
            changed.Add(newName);
        }

        if (target <= before && oldsActive)
        {
            ScaleDownOld(desired, bounds, recreate, current, olds, replicas, changed, deployment, events);
        }

        foreach (var replicaSet in owned.Where(replicaSet => changed.Contains(replicaSet.Name())))
        {
            changes.Add(new StoreChange(ObjectRegistry.Key(ResourceType.ReplicaSets, ns, replicaSet.Name()), WithReplicas(replicaSet, replicas[replicaSet.Name()], desired, bounds)));
        }

        if (created)
        {
            current.EnsureObject("spec")["replicas"] = replicas[newName];
            changes.Add(new StoreChange(ObjectRegistry.Key(ResourceType.ReplicaSets, ns, newName), current));
        }

        changes.AddRange(Prune(deployment, olds, replicas));
        if (deployment.Object("metadata").StringMap("annotations").GetValueOrDefault(RevisionAnnotation) != Text(revision))
        {
            deployment.Metadata().EnsureObject("annotations")[RevisionAnnotation] = Text(revision);
            changes.Add(new StoreChange(ObjectRegistry.Key(ResourceType.Deployments, ns, name), deployment));
        }

        var done = replicas[newName] == desired && olds.All(old => replicas[old.Name()] == 0) && Available(ns, newName) >= desired;
        if (done)
        {
            _rollingOut.Remove(key);
            return false;
        }

        _rollingOut.Add(key);
        var stepsLeft = replicas[newName] != desired || olds.Any(old => replicas[old.Name()] > 0);
        return (created || changed.Count > 0) && stepsLeft;
    }

    /// <summary>The new ReplicaSet's replicas after this step (reconcileNewReplicaSet).</summary>
    private int NewReplicas(int desired, RolloutBounds bounds, bool recreate, bool oldsActive, List<JsonObject> olds, Dictionary<string, int> replicas, int now)
    {
        if (!oldsActive)
        {
            // Recreate waits for the old pods to be gone, not only scaled away.
            return recreate && olds.Any(old => PodsOf(old).Running.Count > 0) ? now : desired;
        }

        if (recreate)
        {
            return now;
        }

        if (now > desired)
        {
            return desired;
        }

        var all = replicas.Values.Sum();
        var room = desired + bounds.MaxSurge - all;
        return room > 0 ? now + Math.Min(room, desired - now) : now;
    }

    /// <summary>reconcileOldReplicaSets: unhealthy old replicas go first, then available ones while at least
    /// replicas - maxUnavailable pods stay available.</summary>
    private void ScaleDownOld(int desired, RolloutBounds bounds, bool recreate, JsonObject current, List<JsonObject> olds, Dictionary<string, int> replicas,
        HashSet<string> changed, JsonObject deployment, EventRecorder events)
    {
        var ns = deployment.Object("metadata").String("namespace") ?? "";
        if (recreate)
        {
            foreach (var old in olds.Where(old => replicas[old.Name()] > 0))
            {
                ScaleEvent(deployment, old.Name(), replicas[old.Name()], 0, events);
                replicas[old.Name()] = 0;
                changed.Add(old.Name());
            }

            return;
        }

        var minAvailable = desired - bounds.MaxUnavailable;
        var newUnavailable = replicas[current.Name()] - Available(ns, current.Name());
        var maxScaledDown = replicas.Values.Sum() - minAvailable - newUnavailable;
        if (maxScaledDown <= 0)
        {
            return;
        }

        var scaledTo = olds.ToDictionary(old => old.Name(), old => replicas[old.Name()], StringComparer.Ordinal);
        foreach (var old in olds)
        {
            var unhealthy = Math.Max(0, scaledTo[old.Name()] - Available(ns, old.Name()));
            var down = Math.Min(maxScaledDown, unhealthy);
            scaledTo[old.Name()] -= down;
            maxScaledDown -= down;
        }

        var available = Available(ns, current.Name()) + olds.Sum(old => Math.Min(Available(ns, old.Name()), scaledTo[old.Name()]));
        var total = available - minAvailable;
        foreach (var old in olds)
        {
            var down = Math.Max(0, Math.Min(scaledTo[old.Name()], total));
            scaledTo[old.Name()] -= down;
            total -= down;
        }

        foreach (var (oldName, count) in scaledTo.Where(entry => entry.Value != replicas[entry.Key]))
        {
            ScaleEvent(deployment, oldName, replicas[oldName], count, events);
            replicas[oldName] = count;
            changed.Add(oldName);
        }
    }

    /// <summary>Old ReplicaSets scaled to zero with no pods left, beyond revisionHistoryLimit, oldest first.</summary>
    private IEnumerable<StoreChange> Prune(JsonObject deployment, List<JsonObject> olds, Dictionary<string, int> replicas)
    {
        var limit = (int)(deployment.Object("spec").Integer("revisionHistoryLimit") ?? 10);
        var idle = olds.Where(old => replicas[old.Name()] == 0 && PodsOf(old).Running.Count == 0 && PodsOf(old).Pending == 0).ToList();
        var ns = deployment.Object("metadata").String("namespace") ?? "";
        return idle.Take(Math.Max(0, idle.Count - limit)).Select(old => new StoreChange(ObjectRegistry.Key(ResourceType.ReplicaSets, ns, old.Name()), null));
    }

    private JsonObject NewReplicaSet(JsonObject deployment, string hash, int revision, int replicas)
    {
        var metadata = deployment.Object("metadata");
        var spec = deployment.Object("spec");
        var template = spec.Object("template")?.DeepClone().AsObject() ?? new JsonObject();
        template.Metadata().EnsureObject("labels")[PodNames.TemplateHashLabel] = hash;
        var selector = spec.Object("selector")?.DeepClone().AsObject() ?? new JsonObject();
        selector.EnsureObject("matchLabels")[PodNames.TemplateHashLabel] = hash;
        var bounds = RolloutBounds.For(deployment);
        var desired = (int)(spec.Integer("replicas") ?? 1);
        var replicaSetSpec = new JsonObject { ["replicas"] = replicas };
        if (spec.Integer("minReadySeconds") is { } minReadySeconds)
        {
            replicaSetSpec["minReadySeconds"] = minReadySeconds;
        }

        replicaSetSpec["selector"] = selector;
        replicaSetSpec["template"] = template;
        return new JsonObject
        {
            ["apiVersion"] = ResourceType.ReplicaSets.GroupVersion,
            ["kind"] = ResourceType.ReplicaSets.Kind,
            ["metadata"] = new JsonObject
            {
                ["name"] = $"{deployment.Name()}-{hash}",
                ["namespace"] = metadata.String("namespace"),
                ["uid"] = Guid.NewGuid().ToString(),
                ["generation"] = 1,
                ["creationTimestamp"] = KubernetesTime.Now(time),
                ["labels"] = template.Object("metadata")?["labels"]?.DeepClone(),
                ["annotations"] = new JsonObject
                {
                    [DesiredReplicasAnnotation] = Text(desired),
                    [MaxReplicasAnnotation] = Text(desired + bounds.MaxSurge),
                    [RevisionAnnotation] = Text(revision),
                },
                ["ownerReferences"] = OwnerReferences.ControlledBy(ResourceType.Deployments, deployment),
            },
            ["spec"] = replicaSetSpec,
        };
    }

    private static JsonObject WithReplicas(JsonObject replicaSet, int replicas, int desired, RolloutBounds bounds)
    {
        var updated = replicaSet.DeepClone().AsObject();
        var metadata = updated.Metadata();
        if (Replicas(replicaSet) != replicas)
        {
            updated.EnsureObject("spec")["replicas"] = replicas;
            metadata["generation"] = (metadata.Integer("generation") ?? 1) + 1;
        }

        var annotations = metadata.EnsureObject("annotations");
        annotations[DesiredReplicasAnnotation] = Text(desired);
        annotations[MaxReplicasAnnotation] = Text(desired + bounds.MaxSurge);
        return updated;
    }

    private static void ScaleEvent(JsonObject deployment, string replicaSet, int from, int to, EventRecorder events) =>
        events.Record(ResourceType.Deployments, deployment, EventRecorder.Normal, "ScalingReplicaSet",
            $"Scaled {(to > from ? "up" : "down")} replica set {replicaSet} from {from} to {to}", Component);

    private DeploymentPods PodsOf(JsonObject replicaSet) =>
        dataPlane.PodsOf(replicaSet.Object("metadata").String("namespace") ?? "", replicaSet.Name());

    private int Available(string ns, string replicaSet) => dataPlane.PodsOf(ns, replicaSet).Running.Count(pod => pod.Ready);

    private static int Replicas(JsonObject replicaSet) => (int)(replicaSet.Object("spec").Integer("replicas") ?? 0);

    private static int Revision(JsonObject replicaSet) =>
        int.TryParse(replicaSet.Object("metadata").StringMap("annotations").GetValueOrDefault(RevisionAnnotation), NumberStyles.None, CultureInfo.InvariantCulture, out var revision) ? revision : 0;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
