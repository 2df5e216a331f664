using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Registry;
using InfraSdk.LocalCluster.Storage;
using InfraSdk.LocalCluster.Views;

namespace InfraSdk.LocalCluster.Controllers;

/// <summary>
/// One pass of the cluster's controllers over a batch of committed writes, in the order the real ones chain through
/// watches: the deployment controller writes ReplicaSets (one transaction), the data plane (ReplicaSet controller,
/// scheduler and kubelets in one) runs their pods, then the Pods, the ReplicaSets' and Deployments' status, the
/// Endpoints, EndpointSlices and Events are written in one more transaction. A rollout that took a step and is not over
/// asks for another pass (<see cref="PassWanted"/>), as does a pod's readiness change.
/// </summary>
internal sealed class ControlLoop
{
    private readonly ObjectRegistry _registry;
    private readonly NodePortDataPlane _dataPlane;
    private readonly DesiredStateBuilder _desiredState;
    private readonly ReplicaSetIndex _index = new();
    private readonly DeploymentController _deployments;
    private readonly WorkloadStatusController _status;
    private readonly EndpointsController _endpoints;
    private readonly EventRecorder _events;
    private readonly Lock _gate = new();
    private HashSet<string> _requeued = new(StringComparer.Ordinal);
    private bool _readinessChanged;

    public ControlLoop(ObjectRegistry registry, NodePortDataPlane dataPlane, DesiredStateBuilder desiredState, Func<string> serverAddress, TimeProvider time)
    {
        _registry = registry;
        _dataPlane = dataPlane;
        _desiredState = desiredState;
        _events = new EventRecorder(time);
        _deployments = new DeploymentController(registry.Store, _index, dataPlane, time);
        _status = new WorkloadStatusController(registry.Store, _index, dataPlane, time);
        _endpoints = new EndpointsController(registry.Store, dataPlane, desiredState, serverAddress, time);
        dataPlane.ReadinessChanged = () =>
        {
            lock (_gate)
            {
                _readinessChanged = true;
            }

            PassWanted();
        };
    }

    /// <summary>Asks for another pass (with no new writes); set by the host to queue one.</summary>
    public Action PassWanted { get; set; } = () => { };

    /// <summary>Runs one pass over <paramref name="committed"/> (null: over everything, as at start or after a node changed).</summary>
    public async Task RunAsync(IReadOnlyList<StoreChange>? committed)
    {
        var full = committed is null;
        HashSet<string> requeued;
        bool readinessChanged;
        lock (_gate)
        {
            (requeued, readinessChanged) = (_requeued, _readinessChanged);
            (_requeued, _readinessChanged) = (new HashSet<string>(StringComparer.Ordinal), false);
        }

        var store = _registry.Store;
        var events = _events;
        var deploymentKeys = new HashSet<string>(requeued, StringComparer.Ordinal);
        if (full)
        {
            _index.Rebuild(store.List(ResourceType.ReplicaSets.Plural, null));
            deploymentKeys.UnionWith(store.List(ResourceType.Deployments.Plural, null).Select(deployment => KeyOf(deployment)));
        }
        else
        {
            deploymentKeys.UnionWith(committed!.Where(change => change.Key.Resource == ResourceType.Deployments.Plural).Select(change => Key(change.Key)));
            deploymentKeys.UnionWith(committed!.Where(change => change.Key.Resource == ResourceType.ReplicaSets.Plural).Select(change => _index.OwnerOf(Key(change.Key))).OfType<string>());
            _index.Apply(committed!);
        }

        if (readinessChanged)
        {
            deploymentKeys.UnionWith(_deployments.RollingOut);
        }

        IReadOnlySet<string> again = new HashSet<string>();
        var scaled = await _registry.CommitAsync(() =>
        {
            var changes = new List<StoreChange>();
            again = _deployments.Sync(deploymentKeys, changes, events);
            changes.AddRange(events.Take());
            return changes;
        });
        _index.Apply(scaled);

        var (planeChanges, failure) = await ApplyDataPlaneAsync(full ? null : [.. committed!, .. scaled]);
        var replicaSetKeys = new HashSet<string>(planeChanges.PodSets, StringComparer.Ordinal);
        replicaSetKeys.UnionWith(scaled.Where(change => change.Key.Resource == ResourceType.ReplicaSets.Plural).Select(change => Key(change.Key)));
        if (readinessChanged || full)
        {
            replicaSetKeys.UnionWith(_status.Known);
        }

        var serviceKeys = new HashSet<string>(planeChanges.Services, StringComparer.Ordinal);
        if (full)
        {
            serviceKeys.UnionWith(store.List(ResourceType.Services.Plural, null).Select(service => KeyOf(service)));
        }
        else
        {
            serviceKeys.UnionWith(committed!.Where(change => change.Key.Resource == ResourceType.Services.Plural).Select(change => Key(change.Key)));
        }

        await _registry.CommitAsync(() =>
        {
            var changes = new List<StoreChange>();
            _status.Sync(replicaSetKeys, deploymentKeys, full, changes, events);
            _endpoints.Sync(serviceKeys, changes);
            changes.AddRange(events.Take());
            return changes;
        });

        if (again.Count > 0)
        {
            lock (_gate)
            {
                _requeued.UnionWith(again);
            }

            PassWanted();
        }

        failure?.Throw();
    }

    /// <summary>Applies the changes (null: everything) to the data plane. A pod that could not start is reported after
    /// the status is written; until then every set and Service of the batch counts as changed.</summary>
    private async Task<(DataPlaneChanges Changes, ExceptionDispatchInfo? Failure)> ApplyDataPlaneAsync(IReadOnlyList<StoreChange>? committed)
    {
        var changes = committed is null ? null : _desiredState.Changes(committed);
        try
        {
            return (changes is null
                ? await _dataPlane.ApplyAsync(_desiredState.Build(), CancellationToken.None)
                : await _dataPlane.ApplyChangesAsync(changes, CancellationToken.None), null);
        }
        catch (Exception exception) when (exception is InvalidOperationException or SocketException)
        {
            var sets = changes is null ? _status.Known : changes.Deployments.Select(change => change.Key).Concat(changes.DeletedPods?.Select(pod => pod.Key) ?? []);
            var services = changes?.Services.Select(change => change.Key) ?? [];
            return (new DataPlaneChanges(sets.ToHashSet(StringComparer.Ordinal), services.ToHashSet(StringComparer.Ordinal)), ExceptionDispatchInfo.Capture(exception));
        }
    }

    private static string Key(StoredObjectKey key) => ReplicaSetIndex.Key(key.Namespace, key.Name);

    private static string KeyOf(System.Text.Json.Nodes.JsonObject obj) => ReplicaSetIndex.Key(obj.Object("metadata").String("namespace") ?? "", obj.Name());
}
