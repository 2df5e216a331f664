using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using InfraSdk.LocalCluster.DataPlane.Pods;
using InfraSdk.LocalCluster.DataPlane.Proxy;
using InfraSdk.LocalCluster.Network;

namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>
/// The cluster's data plane: a built-in pod for every Deployment replica that fits, and kube-proxy's nodePorts on
/// every node's address (see <see cref="NodePortPlan"/> for the rules). <see cref="ApplyAsync"/> reconciles it with
/// the whole desired state, <see cref="ApplyChangesAsync"/> with what one write changed, touching only the
/// Deployments and Services concerned; calls are serialized. Pods with readiness probes join their Services'
/// endpoints when the <see cref="ReadinessProber"/> finds them ready: a new pod's first probes run before the apply returns.
/// </summary>
internal sealed class NodePortDataPlane : IAsyncDisposable
{
    public const int DefaultMaxPodsPerNode = 110;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly PodFleet _pods;
    private readonly NodePortProxy _proxy = new();
    private readonly ReadinessProber _prober;
    private readonly Dictionary<string, ServiceState> _services = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<ListenerKey>> _listenersByService = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DeploymentPods> _published = new(StringComparer.Ordinal);
    private readonly SelectorIndex _selectors = new();
    private readonly PodLabelLookup _podLookup;
    private bool _disposed;

    public NodePortDataPlane(AddressBlock addresses, TimeProvider? time = null, int maxPodsPerNode = DefaultMaxPodsPerNode)
    {
        _pods = new PodFleet(addresses, maxPodsPerNode, time ?? TimeProvider.System);
        _prober = new ReadinessProber(RefreshReadinessAsync, time ?? TimeProvider.System);
        _podLookup = new PodLabelLookup(() => _published.Values.SelectMany(pods => pods.Running));
    }

    /// <summary>The running pods, by namespace and name, as of the last apply.</summary>
    public IReadOnlyList<PodInfo> Pods =>
        [.. _published.Values.SelectMany(pods => pods.Running).OrderBy(pod => pod.Namespace, StringComparer.Ordinal).ThenBy(pod => pod.Name, StringComparer.Ordinal)];

    /// <summary>The nodes as of the last full apply.</summary>
    public IReadOnlyList<NodeState> Nodes => _pods.Nodes;

    /// <summary>The running pods a selector may match in a namespace (a superset: the caller checks the selector).</summary>
    public IReadOnlyList<PodInfo> Candidates(string ns, IReadOnlyDictionary<string, string> selector) => _podLookup.Candidates(ns, selector);

    /// <summary>One Deployment's running and Pending pods, as of the last apply.</summary>
    public DeploymentPods PodsOf(string ns, string deployment) => _published.GetValueOrDefault(PodFleet.Key(ns, deployment), DeploymentPods.None);

    /// <summary>Called, outside any apply, after the readiness prober changed some pod's readiness (and the nodePorts followed).</summary>
    public Action ReadinessChanged { get; set; } = () => { };

    /// <summary>Brings everything to <paramref name="desired"/>; every set and Service counts as changed.</summary>
    public async Task<DataPlaneChanges> ApplyAsync(DesiredState desired, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);

            // Pods that could not start (a port is taken) are reported once the nodePorts match the pods that did start.
            var podFailure = await CatchPodFailureAsync(() => _pods.ReconcileAllAsync(desired.Nodes, desired.Deployments));
            _services.Clear();
            _selectors.Clear();
            foreach (var service in desired.Services)
            {
                var key = PodFleet.Key(service.Namespace, service.Name);
                _services[key] = service;
                _selectors.SetService(key, null, service);
            }

            foreach (var (key, entry) in _pods.Deployments)
            {
                _selectors.SetDeployment(key, null, entry.State);
            }

            // Deployments no longer running are published too: as gone.
            var deployments = _pods.Deployments.Keys.Union(_published.Keys, StringComparer.Ordinal).ToList();
            await _prober.ProbeNewAsync([.. _pods.All], cancellationToken);
            await PublishAsync(deployments, _services.Keys, retireAll: true, cancellationToken);
            podFailure?.Throw();
            return new DataPlaneChanges(deployments.ToHashSet(StringComparer.Ordinal), _services.Keys.ToHashSet(StringComparer.Ordinal));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies what one batch of writes changed; returns the sets whose pods changed and the Services they may back.</summary>
    public async Task<DataPlaneChanges> ApplyChangesAsync(DesiredStateChanges changes, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var before = changes.Deployments.Select(change => (change.Key, State: _pods.Deployments.GetValueOrDefault(change.Key)?.State)).ToList();
            var touched = new HashSet<string>(StringComparer.Ordinal);
            var podFailure = await CatchPodFailureAsync(async () =>
            {
                foreach (var (key, pod) in changes.DeletedPods ?? [])
                {
                    if (await _pods.RemovePodAsync(key, pod))
                    {
                        touched.Add(key);
                    }
                }

                touched.UnionWith(await _pods.ReconcileAsync(changes.Deployments));
            });
            foreach (var (key, old) in before)
            {
                _selectors.SetDeployment(key, old, _pods.Deployments.GetValueOrDefault(key)?.State);
            }

            var affected = changes.Services.Select(change => change.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var (key, service) in changes.Services)
            {
                _selectors.SetService(key, _services.GetValueOrDefault(key), service);
                if (service is null)
                {
                    _services.Remove(key);
                }
                else
                {
                    _services[key] = service;
                }
            }

            var moved = touched.Select(key => _pods.Deployments.GetValueOrDefault(key)?.State).Concat(before.Select(entry => entry.State)).OfType<DeploymentState>();
            foreach (var deployment in moved)
            {
                affected.UnionWith(_selectors.ServicesFor(deployment).Where(key => NodePortPlan.MaySelect(_services[key], deployment)));
            }

            if (touched.Any(key => _pods.Deployments.GetValueOrDefault(key)?.State.ReadinessProbes is { Count: > 0 }))
            {
                await _prober.ProbeNewAsync([.. _pods.All], cancellationToken);
            }

            await PublishAsync(touched, affected, retireAll: false, cancellationToken);
            podFailure?.Throw();
            return new DataPlaneChanges(touched, affected);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The prober's loop may be waiting for the gate to publish a readiness change: stop it first.
        await _prober.DisposeAsync();
        await _gate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            await _proxy.DisposeAsync();
            await _pods.DisposeAsync();
            _published.Clear();
            _podLookup.Invalidate();
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<ExceptionDispatchInfo?> CatchPodFailureAsync(Func<Task> reconcile)
    {
        try
        {
            await reconcile();
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or SocketException)
        {
            return ExceptionDispatchInfo.Capture(exception);
        }
    }

    /// <summary>The pods of <paramref name="deployments"/> as the API reports them, and the nodePorts of <paramref name="services"/>.</summary>
    private async Task PublishAsync(IEnumerable<string> deployments, IEnumerable<string> services, bool retireAll, CancellationToken cancellationToken)
    {
        var pendingReason = PendingReason();
        foreach (var key in deployments)
        {
            if (_pods.Deployments.TryGetValue(key, out var entry))
            {
                _published[key] = new DeploymentPods([.. entry.Pods.Select(pod => pod.Info)], [.. entry.PendingNames], entry.Pending > 0 ? pendingReason : null);
            }
            else
            {
                _published.TryRemove(key, out _);
            }
        }

        _podLookup.Invalidate();

        var retired = new List<ListenerKey>(retireAll ? _proxy.Keys : []);
        var plans = new List<ListenerPlan>();
        foreach (var key in services.ToList())
        {
            if (_listenersByService.Remove(key, out var old))
            {
                retired.AddRange(old);
            }

            if (_services.TryGetValue(key, out var service))
            {
                var candidates = _selectors.DeploymentsFor(service)
                    .Select(deployment => _pods.Deployments[deployment])
                    .Where(entry => NodePortPlan.MaySelect(service, entry.State))
                    .SelectMany(entry => entry.Pods);
                var plan = NodePortPlan.ForService(service, _pods.Nodes, candidates);
                _listenersByService[key] = [.. plan.Select(listener => listener.Key)];
                plans.AddRange(plan);
            }
        }

        await _proxy.ReconcileAsync(retired, plans, cancellationToken);
    }

    /// <summary>The scheduler's FailedScheduling message when no node has room for another pod.</summary>
    private string PendingReason()
    {
        var nodes = _pods.Nodes.Count;
        return nodes == 0
            ? "0/0 nodes are available: no nodes available to schedule pods."
            : $"0/{nodes} nodes are available: {nodes} Too many pods (--max-pods {_pods.MaxPodsPerNode} per node).";
    }

    private async Task RefreshReadinessAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_disposed)
            {
                await PublishAsync(_pods.Deployments.Keys, _services.Keys, retireAll: true, cancellationToken);
                ReadinessChanged();
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or SocketException)
        {
            // A nodePort that cannot be bound is reported by the next apply.
        }
        finally
        {
            _gate.Release();
        }
    }
}
