using System.Collections.Generic;
using System.Linq;
using InfraSdk.Manifests;

namespace InfraSdk.Rules;

/// <summary>
/// The declared Deployments by namespace and Pod label, to resolve a Service selector without comparing every
/// Service with every Deployment.
/// </summary>
internal sealed class PodIndex
{
    private readonly Dictionary<(string Namespace, string Key, string Value), List<SelectedPods>> _byLabel = new();

    public PodIndex(IEnumerable<DeclaredResource> deployments)
    {
        foreach (var deployment in deployments)
        {
            var labels = DeploymentManifest.PodLabels(deployment.Declaration).GroupBy(label => label.Key).ToDictionary(group => group.Key, group => group.Last().Value);
            var pods = new SelectedPods(deployment, labels);
            foreach (var label in labels)
            {
                var key = (deployment.Namespace, label.Key, label.Value);
                if (!_byLabel.TryGetValue(key, out var list))
                {
                    list = new List<SelectedPods>(1);
                    _byLabel.Add(key, list);
                }

                list.Add(pods);
            }
        }
    }

    /// <summary>The Deployments in <paramref name="ns"/> whose Pods carry every label of <paramref name="selector"/>.</summary>
    public IReadOnlyList<DeclaredResource> Select(string ns, IReadOnlyList<KeyValuePair<string, string>> selector)
    {
        if (selector.Count == 0 || !_byLabel.TryGetValue((ns, selector[0].Key, selector[0].Value), out var candidates))
        {
            return [];
        }

        return candidates
            .Where(pods => selector.All(entry => pods.Labels.TryGetValue(entry.Key, out var value) && value == entry.Value))
            .Select(pods => pods.Deployment)
            .ToList();
    }

    private sealed record SelectedPods(DeclaredResource Deployment, Dictionary<string, string> Labels);
}
