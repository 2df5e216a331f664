using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Registry;
using InfraSdk.LocalCluster.Storage;
using InfraSdk.LocalCluster.Views;

namespace InfraSdk.LocalCluster.Controllers;

/// <summary>
/// What the scheduler, the kubelets and the ReplicaSet controller report, written from the data plane (which runs
/// the pods): a Pod object for every pod of every ReplicaSet, running or Pending, kept as it changes and deleted when
/// the pod goes; the ReplicaSets' and Deployments' status; and the Events of each (SuccessfulCreate, Scheduled,
/// FailedScheduling, Started, SuccessfulDelete). Only what changed is written: the controller remembers what the API
/// was last told of each pod.
/// </summary>
internal sealed class WorkloadStatusController(ObjectStore store, ReplicaSetIndex index, NodePortDataPlane dataPlane, TimeProvider time)
{
    private const string Scheduler = "default-scheduler";
    private const string Kubelet = "kubelet";
    private const string ReplicaSetController = "replicaset-controller";
    private const string PendingState = "";

    // By ReplicaSet key: what the API says of each of its pods (node, address and readiness; PendingState while Pending).
    private readonly Dictionary<string, Dictionary<string, string>> _told = new(StringComparer.Ordinal);

    /// <summary>The ReplicaSets (keys) whose pods the API lists.</summary>
    public IReadOnlyCollection<string> Known => _told.Keys;

    /// <summary>
    /// Brings the Pods and status of the ReplicaSets at <paramref name="replicaSetKeys"/> and the status of the
    /// Deployments at <paramref name="deploymentKeys"/> (and of the owners of those ReplicaSets) up to date; call
    /// under the registry's write lock. <paramref name="full"/> also deletes stored Pods of ReplicaSets that the data
    /// plane does not run (those a previous run of the cluster left in its state folder).
    /// </summary>
    public void Sync(IEnumerable<string> replicaSetKeys, IEnumerable<string> deploymentKeys, bool full, List<StoreChange> changes, EventRecorder events)
    {
        var now = KubernetesTime.Now(time);
        var deployments = new HashSet<string>(deploymentKeys, StringComparer.Ordinal);
        if (full)
        {
            DeleteStalePods(changes);
        }

        foreach (var key in replicaSetKeys)
        {
            SyncReplicaSet(key, now, changes, events);
            if (index.OwnerOf(key) is { } owner)
            {
                deployments.Add(owner);
            }
        }

        foreach (var key in deployments)
        {
            SyncDeployment(key, now, changes);
        }
    }

    private void SyncReplicaSet(string key, string now, List<StoreChange> changes, EventRecorder events)
    {
        var (ns, name) = ReplicaSetIndex.Split(key);
        var replicaSet = store.Get(ObjectRegistry.Key(ResourceType.ReplicaSets, ns, name));
        var pods = dataPlane.PodsOf(ns, name);
        var told = _told.GetValueOrDefault(key) ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        if (replicaSet is not null)
        {
            foreach (var info in pods.Running)
            {
                present.Add(info.Name);
                var says = $"{info.NodeName}|{info.Address}|{info.Ready}";
                var before = told.GetValueOrDefault(info.Name);
                if (before == says)
                {
                    continue;
                }

                var podKey = ObjectRegistry.Key(ResourceType.Pods, ns, info.Name);
                var pod = (before is null ? null : store.Get(podKey)) ?? PodView.Create(replicaSet, info.Name, Guid.NewGuid().ToString(), now);
                PodView.SetRunning(pod, info, dataPlane.Nodes.FirstOrDefault(node => node.Name == info.NodeName)?.Address.ToString(), now);
                changes.Add(new StoreChange(podKey, pod));
                if (before is null)
                {
                    events.Record(ResourceType.ReplicaSets, replicaSet, EventRecorder.Normal, "SuccessfulCreate", $"Created pod: {info.Name}", ReplicaSetController);
                }

                if (before is null or PendingState)
                {
                    events.Record(ResourceType.Pods, pod, EventRecorder.Normal, "Scheduled", $"Successfully assigned {ns}/{info.Name} to {info.NodeName}", Scheduler);
                    foreach (var container in pod.Object("spec").Array("containers").Objects())
                    {
                        events.Record(ResourceType.Pods, pod, EventRecorder.Normal, "Started", $"Started container {container.String("name")}", Kubelet, info.NodeName);
                    }
                }

                told[info.Name] = says;
            }

            foreach (var pending in pods.PendingNames.Where(pending => present.Add(pending) && !told.ContainsKey(pending)))
            {
                var pod = PodView.Create(replicaSet, pending, Guid.NewGuid().ToString(), now);
                PodView.SetUnschedulable(pod, pods.PendingReason ?? "", now);
                changes.Add(new StoreChange(ObjectRegistry.Key(ResourceType.Pods, ns, pending), pod));
                events.Record(ResourceType.ReplicaSets, replicaSet, EventRecorder.Normal, "SuccessfulCreate", $"Created pod: {pending}", ReplicaSetController);
                events.Record(ResourceType.Pods, pod, EventRecorder.Warning, "FailedScheduling", pods.PendingReason ?? "", Scheduler);
                told[pending] = PendingState;
            }
        }

        foreach (var gone in told.Keys.Where(pod => !present.Contains(pod)).ToList())
        {
            told.Remove(gone);
            var podKey = ObjectRegistry.Key(ResourceType.Pods, ns, gone);
            if (store.Get(podKey) is not null)
            {
                changes.Add(new StoreChange(podKey, null));
                if (replicaSet is not null)
                {
                    events.Record(ResourceType.ReplicaSets, replicaSet, EventRecorder.Normal, "SuccessfulDelete", $"Deleted pod: {gone}", ReplicaSetController);
                }
            }
        }

        if (told.Count == 0)
        {
            _told.Remove(key);
        }
        else
        {
            _told[key] = told;
        }

        if (replicaSet is not null)
        {
            var status = ReplicaSetStatus(replicaSet, pods);
            if (!JsonNode.DeepEquals(status, replicaSet["status"]))
            {
                replicaSet["status"] = status;
                changes.Add(new StoreChange(ObjectRegistry.Key(ResourceType.ReplicaSets, ns, name), replicaSet));
            }
        }
    }

    private void SyncDeployment(string key, string now, List<StoreChange> changes)
    {
        var (ns, name) = ReplicaSetIndex.Split(key);
        var deployment = store.Get(ObjectRegistry.Key(ResourceType.Deployments, ns, name));
        if (deployment is null)
        {
            return;
        }

        var replicaSets = index.Of(key)
            .Select(replicaSet => store.Get(ObjectRegistry.Key(ResourceType.ReplicaSets, ns, replicaSet)))
            .OfType<JsonObject>()
            .Select(replicaSet => (replicaSet, dataPlane.PodsOf(ns, replicaSet.Name())))
            .ToList();
        var current = $"{name}-{PodTemplateHash.Of(deployment.Object("spec").Object("template"))}";
        var status = DeploymentStatus.Compute(deployment, replicaSets, current, now);
        if (!JsonNode.DeepEquals(status, deployment["status"]))
        {
            deployment["status"] = status;
            changes.Add(new StoreChange(ObjectRegistry.Key(ResourceType.Deployments, ns, name), deployment));
        }
    }

    private static JsonObject ReplicaSetStatus(JsonObject replicaSet, DeploymentPods pods)
    {
        var ready = pods.Running.Count(pod => pod.Ready);
        var status = new JsonObject
        {
            ["replicas"] = pods.Running.Count + pods.Pending,
            ["fullyLabeledReplicas"] = pods.Running.Count + pods.Pending,
        };
        if (ready > 0)
        {
            status["readyReplicas"] = ready;
            status["availableReplicas"] = ready;
        }

        status["observedGeneration"] = replicaSet.Object("metadata").Integer("generation") ?? 1;
        return status;
    }

    /// <summary>Stored Pods of ReplicaSets whose pods the data plane does not run (nor has been told of).</summary>
    private void DeleteStalePods(List<StoreChange> changes)
    {
        foreach (var pod in store.List(ResourceType.Pods.Plural, null))
        {
            var ns = pod.Object("metadata").String("namespace") ?? "";
            if (OwnerReferences.ControllerName(pod, ResourceType.ReplicaSets.Kind) is not { } owner)
            {
                continue;
            }

            var running = dataPlane.PodsOf(ns, owner);
            var known = _told.GetValueOrDefault(ReplicaSetIndex.Key(ns, owner))?.ContainsKey(pod.Name()) == true;
            if (!known && running.Running.All(info => info.Name != pod.Name()) && !running.PendingNames.Contains(pod.Name()))
            {
                changes.Add(new StoreChange(ObjectRegistry.Key(ResourceType.Pods, ns, pod.Name()), null));
            }
        }
    }
}
