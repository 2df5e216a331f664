using InfraSdk.LocalCluster.Network;

namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>
/// Every built-in pod of the cluster, reconciled as ReplicaSets and the scheduler would: one pod per replica,
/// new pods on the node holding the fewest of the Deployment's pods (spreading round robin), the newest pods removed
/// first on scale-down, and every pod replaced when the template (labels, ports) changes or its node goes away.
/// </summary>
internal sealed class PodFleet(AddressBlock addresses) : IAsyncDisposable
{
    private readonly Dictionary<string, List<PodServer>> _byDeployment = new(StringComparer.Ordinal);
    private readonly bool[] _addressInUse = new bool[AddressBlock.PodCapacity];
    private readonly Dictionary<PodServer, int> _addressIndex = [];

    /// <summary>The running pods, by namespace and name.</summary>
    public IReadOnlyList<PodServer> Running() =>
        [.. _byDeployment.Values.SelectMany(pods => pods).OrderBy(pod => pod.Info.Namespace, StringComparer.Ordinal).ThenBy(pod => pod.Info.Name, StringComparer.Ordinal)];

    public async Task ReconcileAsync(IReadOnlyList<NodeState> nodes, IReadOnlyList<DeploymentState> deployments)
    {
        var wanted = deployments.ToDictionary(Key, StringComparer.Ordinal);
        foreach (var gone in _byDeployment.Keys.Where(key => !wanted.ContainsKey(key)).ToList())
        {
            await RemoveAsync(_byDeployment[gone], _byDeployment[gone].ToList());
            _byDeployment.Remove(gone);
        }

        var nodeNames = nodes.Select(node => node.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, deployment) in wanted)
        {
            var pods = _byDeployment.TryGetValue(key, out var existing) ? existing : _byDeployment[key] = [];
            var hash = PodNames.TemplateHash(deployment);
            await RemoveAsync(pods, pods.Where(pod => pod.TemplateHash != hash || !nodeNames.Contains(pod.Info.NodeName)).ToList());
            while (pods.Count > deployment.Replicas)
            {
                await RemoveAsync(pods, [NextToRemove(pods)]);
            }

            while (pods.Count < deployment.Replicas && nodes.Count > 0)
            {
                pods.Add(await StartPodAsync(deployment, key, hash, NextNode(nodes, pods)));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pods in _byDeployment.Values)
        {
            await RemoveAsync(pods, pods.ToList());
        }

        _byDeployment.Clear();
    }

    private static string Key(DeploymentState deployment) => $"{deployment.Namespace}/{deployment.Name}";

    // A Deployment's pods are kept in the order they started, so the newest come last.
    private static PodServer NextToRemove(List<PodServer> pods)
    {
        var perNode = pods.CountBy(pod => pod.Info.NodeName).ToDictionary();
        return pods.Index().OrderByDescending(entry => perNode[entry.Item.Info.NodeName]).ThenByDescending(entry => entry.Index).First().Item;
    }

    private NodeState NextNode(IReadOnlyList<NodeState> nodes, List<PodServer> pods)
    {
        var mine = pods.CountBy(pod => pod.Info.NodeName).ToDictionary();
        var all = _byDeployment.Values.SelectMany(p => p).CountBy(pod => pod.Info.NodeName).ToDictionary();
        return nodes
            .OrderBy(node => mine.GetValueOrDefault(node.Name))
            .ThenBy(node => all.GetValueOrDefault(node.Name))
            .First();
    }

    private async Task<PodServer> StartPodAsync(DeploymentState deployment, string key, string hash, NodeState node)
    {
        var index = Array.IndexOf(_addressInUse, false);
        if (index < 0)
        {
            throw new InvalidOperationException(
                $"The local cluster runs at most {AddressBlock.PodCapacity} pods; Deployment {key} asks for more.");
        }

        var names = _byDeployment[key].Select(pod => pod.Info.Name).ToHashSet(StringComparer.Ordinal);
        string name;
        do
        {
            name = PodNames.NewPodName(deployment.Name, hash);
        }
        while (names.Contains(name));

        var labels = new Dictionary<string, string>(deployment.PodLabels, StringComparer.Ordinal) { [PodNames.TemplateHashLabel] = hash };
        var info = new PodInfo(deployment.Namespace, name, deployment.Name, node.Name, addresses.PodAddress(index), deployment.ContainerPorts, Ready: false, labels);
        var pod = await PodServer.StartAsync(info, hash, deployment.ReadinessProbes);
        _addressInUse[index] = true;
        _addressIndex[pod] = index;
        return pod;
    }

    private async Task RemoveAsync(List<PodServer> pods, IReadOnlyList<PodServer> removed)
    {
        foreach (var pod in removed)
        {
            pods.Remove(pod);
            _addressInUse[_addressIndex[pod]] = false;
            _addressIndex.Remove(pod);
            await pod.DisposeAsync();
        }
    }
}
