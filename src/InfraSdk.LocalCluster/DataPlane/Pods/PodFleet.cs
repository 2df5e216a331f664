using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using InfraSdk.LocalCluster.Network;

namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>
/// Every built-in pod of the cluster, reconciled as ReplicaSets and the scheduler would: one pod per replica,
/// new pods on a node with room (at most <c>maxPodsPerNode</c>, as the kubelet's --max-pods) holding the fewest of
/// the Deployment's pods, then the fewest pods; replicas no node has room for stay Pending and start as soon as
/// room frees up. The newest pods are removed first on scale-down, and every pod is replaced when the template
/// (labels, ports) changes or its node goes away. A reconcile touches only the Deployments it is given. A set given
/// with its template hash is one ReplicaSet: its template never changes, and rolling updates are the deployment
/// controller's, which scales ReplicaSets.
/// </summary>
internal sealed class PodFleet(AddressBlock addresses, int maxPodsPerNode, TimeProvider time) : IAsyncDisposable
{
    private readonly Dictionary<string, FleetEntry> _byDeployment = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _perNode = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<PodServer, int> _addressIndex = [];
    private readonly PodAddressPool _addressPool = new(AddressBlock.PodCapacity);
    private IReadOnlyList<NodeState> _nodes = [];

    public int MaxPodsPerNode => maxPodsPerNode;

    public IReadOnlyList<NodeState> Nodes => _nodes;

    public IEnumerable<PodServer> All => _byDeployment.Values.SelectMany(entry => entry.Pods);

    public IReadOnlyDictionary<string, FleetEntry> Deployments => _byDeployment;

    public static string Key(string ns, string name) => $"{ns}/{name}";

    /// <summary>Brings every Deployment to <paramref name="deployments"/> on <paramref name="nodes"/>.</summary>
    public async Task ReconcileAllAsync(IReadOnlyList<NodeState> nodes, IReadOnlyList<DeploymentState> deployments)
    {
        _nodes = nodes;
        var wanted = deployments.ToDictionary(deployment => Key(deployment.Namespace, deployment.Name), StringComparer.Ordinal);
        var changes = _byDeployment.Keys.Where(key => !wanted.ContainsKey(key)).Select(key => (key, (DeploymentState?)null))
            .Concat(wanted.Select(entry => (entry.Key, (DeploymentState?)entry.Value)))
            .ToList();
        await ReconcileAsync(changes);
    }

    /// <summary>Brings the given Deployments (null: deleted) to their new state, then starts Pending pods that now fit.
    /// Returns the keys of every Deployment whose pods changed.</summary>
    public async Task<IReadOnlySet<string>> ReconcileAsync(IReadOnlyList<(string Key, DeploymentState? State)> changes)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        ExceptionDispatchInfo? failure = null;
        foreach (var (key, state) in changes)
        {
            touched.Add(key);
            try
            {
                await ReconcileOneAsync(key, state);
            }
            catch (Exception exception) when (exception is InvalidOperationException or SocketException)
            {
                failure ??= ExceptionDispatchInfo.Capture(exception);
            }
        }

        foreach (var key in _pending.ToList())
        {
            if (!HasRoom())
            {
                break;
            }

            var entry = _byDeployment[key];
            touched.Add(key);
            try
            {
                await StartPendingAsync(key, entry);
            }
            catch (Exception exception) when (exception is InvalidOperationException or SocketException)
            {
                failure ??= ExceptionDispatchInfo.Capture(exception);
            }
        }

        failure?.Throw();
        return touched;
    }

    /// <summary>Stops one pod (deleted through the API) of the set at <paramref name="key"/>; a Pending one just goes.
    /// The caller's next reconcile starts its replacement. False when the set has no such pod.</summary>
    public async Task<bool> RemovePodAsync(string key, string name)
    {
        if (!_byDeployment.TryGetValue(key, out var entry))
        {
            return false;
        }

        if (entry.PendingNames.Remove(name))
        {
            entry.NamePending();
            return true;
        }

        if (entry.Pods.FirstOrDefault(pod => pod.Info.Name == name) is not { } pod)
        {
            return false;
        }

        await RemoveAsync(entry, [pod]);
        await StartPendingAsync(key, entry);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var entry in _byDeployment.Values)
        {
            await RemoveAsync(entry, [.. entry.Pods]);
        }

        _byDeployment.Clear();
    }

    private async Task ReconcileOneAsync(string key, DeploymentState? state)
    {
        if (state is null)
        {
            _pending.Remove(key);
            if (_byDeployment.Remove(key, out var gone))
            {
                await RemoveAsync(gone, [.. gone.Pods]);
            }

            return;
        }

        var hash = state.TemplateHash ?? PodNames.TemplateHash(state);
        if (!_byDeployment.TryGetValue(key, out var entry))
        {
            entry = _byDeployment[key] = new FleetEntry(state, hash);
        }

        entry.State = state;
        entry.TemplateHash = hash;
        var nodeNames = _nodes.Select(node => node.Name).ToHashSet(StringComparer.Ordinal);
        await RemoveAsync(entry, entry.Pods.Where(pod => pod.TemplateHash != hash || !nodeNames.Contains(pod.Info.NodeName)).ToList());
        while (entry.Pods.Count > state.Replicas)
        {
            await RemoveAsync(entry, [NextToRemove(entry.Pods)]);
        }

        await StartPendingAsync(key, entry);
    }

    private async Task StartPendingAsync(string key, FleetEntry entry)
    {
        try
        {
            while (entry.Pending > 0 && NextNode(entry.Pods) is { } node)
            {
                entry.Pods.Add(await StartPodAsync(entry, key, node));
            }
        }
        finally
        {
            entry.NamePending();
            if (entry.Pending > 0)
            {
                _pending.Add(key);
            }
            else
            {
                _pending.Remove(key);
            }
        }
    }

    private bool HasRoom() => _nodes.Any(node => _perNode.GetValueOrDefault(node.Name) < maxPodsPerNode);

    // A Deployment's pods are kept in the order they started, so the newest come last.
    private static PodServer NextToRemove(List<PodServer> pods)
    {
        var perNode = pods.CountBy(pod => pod.Info.NodeName).ToDictionary();
        return pods.Index().OrderByDescending(entry => perNode[entry.Item.Info.NodeName]).ThenByDescending(entry => entry.Index).First().Item;
    }

    private NodeState? NextNode(List<PodServer> pods)
    {
        var mine = pods.CountBy(pod => pod.Info.NodeName).ToDictionary();
        return _nodes
            .Where(node => _perNode.GetValueOrDefault(node.Name) < maxPodsPerNode)
            .OrderBy(node => mine.GetValueOrDefault(node.Name))
            .ThenBy(node => _perNode.GetValueOrDefault(node.Name))
            .FirstOrDefault();
    }

    private async Task<PodServer> StartPodAsync(FleetEntry entry, string key, NodeState node)
    {
        if (!_addressPool.TryTake(out var index))
        {
            throw new InvalidOperationException(
                $"The local cluster runs at most {AddressBlock.PodCapacity} pods; Deployment {key} asks for more.");
        }

        var deployment = entry.State;
        entry.NamePending();
        var name = entry.PendingNames[0];
        var labels = new Dictionary<string, string>(deployment.PodLabels, StringComparer.Ordinal);
        if (entry.TemplateHash.Length > 0)
        {
            labels[PodNames.TemplateHashLabel] = entry.TemplateHash;
        }

        var info = new PodInfo(deployment.Namespace, name, deployment.Owner ?? deployment.Name, node.Name, addresses.PodAddress(index), deployment.ContainerPorts, Ready: false, labels,
            new PodLog(time), time.GetUtcNow());
        PodServer pod;
        try
        {
            pod = await PodServer.StartAsync(info, entry.TemplateHash, deployment.ReadinessProbes, deployment.UdpPorts);
        }
        catch
        {
            _addressPool.Return(index);
            throw;
        }

        entry.PendingNames.RemoveAt(0);
        _addressIndex[pod] = index;
        _perNode[node.Name] = _perNode.GetValueOrDefault(node.Name) + 1;
        return pod;
    }

    private async Task RemoveAsync(FleetEntry entry, IReadOnlyList<PodServer> removed)
    {
        foreach (var pod in removed)
        {
            entry.Pods.Remove(pod);
            _addressIndex.Remove(pod, out var index);
            _addressPool.Return(index);
            _perNode[pod.Info.NodeName]--;
            await pod.DisposeAsync();
        }
    }
}
