namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>
/// Which Services may select which Deployments' pods, without comparing every pair: Deployments are indexed by each
/// of their pod labels, Services by the first pair of their selector (a Deployment's pods match a selector only if
/// they carry that pair). Lookups return candidates; the caller still checks the whole selector.
/// </summary>
internal sealed class SelectorIndex
{
    private readonly Dictionary<(string Namespace, string Key, string Value), HashSet<string>> _deploymentsByLabel = [];
    private readonly Dictionary<(string Namespace, string Key, string Value), HashSet<string>> _servicesByFirstPair = [];

    public void SetDeployment(string key, DeploymentState? old, DeploymentState? current)
    {
        foreach (var label in old?.PodLabels ?? new Dictionary<string, string>())
        {
            Remove(_deploymentsByLabel, (old!.Namespace, label.Key, label.Value), key);
        }

        foreach (var label in current?.PodLabels ?? new Dictionary<string, string>())
        {
            Add(_deploymentsByLabel, (current!.Namespace, label.Key, label.Value), key);
        }
    }

    public void SetService(string key, ServiceState? old, ServiceState? current)
    {
        if (old is not null && FirstPair(old) is { } oldPair)
        {
            Remove(_servicesByFirstPair, oldPair, key);
        }

        if (current is not null && FirstPair(current) is { } pair)
        {
            Add(_servicesByFirstPair, pair, key);
        }
    }

    public void Clear()
    {
        _deploymentsByLabel.Clear();
        _servicesByFirstPair.Clear();
    }

    /// <summary>The Deployments whose pods may match the Service's selector.</summary>
    public IEnumerable<string> DeploymentsFor(ServiceState service) => DeploymentsFor(service.Namespace, service.Selector);

    /// <summary>The Deployments of <paramref name="ns"/> whose pods may match <paramref name="selector"/> (none for an empty one).</summary>
    public IEnumerable<string> DeploymentsFor(string ns, IReadOnlyDictionary<string, string> selector) =>
        FirstPair(ns, selector) is { } pair ? _deploymentsByLabel.GetValueOrDefault(pair) ?? [] : [];

    /// <summary>The Services whose selectors may match the Deployment's pods.</summary>
    public IEnumerable<string> ServicesFor(DeploymentState deployment) =>
        deployment.PodLabels.SelectMany(label => _servicesByFirstPair.GetValueOrDefault((deployment.Namespace, label.Key, label.Value)) ?? []);

    // The template-hash label is the fleet's own, not a Deployment's pod label: it is left out.
    private static (string, string, string)? FirstPair(ServiceState service) => FirstPair(service.Namespace, service.Selector);

    private static (string, string, string)? FirstPair(string ns, IReadOnlyDictionary<string, string> selector) =>
        selector.Where(pair => pair.Key != Pods.PodNames.TemplateHashLabel).OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => ((string, string, string)?)(ns, pair.Key, pair.Value)).FirstOrDefault();

    private static void Add(Dictionary<(string, string, string), HashSet<string>> index, (string, string, string) pair, string key)
    {
        if (!index.TryGetValue(pair, out var keys))
        {
            index[pair] = keys = new HashSet<string>(StringComparer.Ordinal);
        }

        keys.Add(key);
    }

    private static void Remove(Dictionary<(string, string, string), HashSet<string>> index, (string, string, string) pair, string key)
    {
        if (index.TryGetValue(pair, out var keys) && keys.Remove(key) && keys.Count == 0)
        {
            index.Remove(pair);
        }
    }
}
