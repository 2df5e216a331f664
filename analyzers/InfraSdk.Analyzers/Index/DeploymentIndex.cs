using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InfraSdk.Extraction.Model;
using InfraSdk.Manifests;

namespace InfraSdk.Analyzers.Index;

/// <summary>The Deployments of a compilation, by namespace and Pod label, to resolve Service selectors without comparing every pair.</summary>
internal sealed class DeploymentIndex
{
    private readonly Dictionary<(string Namespace, string Key, string Value), List<DeployedPods>> _byLabel = new();
    private readonly HashSet<string> _namespacesWithUnknownLabels = new();

    public void Add(ResourceSpec deployment, string topologyNamespace)
    {
        var ns = deployment.NamespaceOr(topologyNamespace);
        if (!deployment.IsComplete)
        {
            // Labels may be among the values only known at run time, and so may the namespace unless it was read.
            _namespacesWithUnknownLabels.Add(deployment.Namespace is { } known ? known.Value : string.Empty);
            return;
        }

        var pods = new DeployedPods(deployment.Name!.Value.Value, ns, PodLabels(deployment), deployment.ContainerPorts.Select(p => p.Value).ToImmutableArray());
        foreach (var label in pods.Labels)
        {
            var key = (ns, label.Key, label.Value);
            if (!_byLabel.TryGetValue(key, out var list))
            {
                list = new List<DeployedPods>(1);
                _byLabel.Add(key, list);
            }

            list.Add(pods);
        }
    }

    /// <summary>Whether a Deployment whose labels are not all known at compile time may live in <paramref name="ns"/>.</summary>
    public bool MayHaveUnknownPods(string ns) => _namespacesWithUnknownLabels.Contains(ns) || _namespacesWithUnknownLabels.Contains(string.Empty);

    /// <summary>The Deployments in <paramref name="ns"/> whose Pods carry every label of <paramref name="selector"/>.</summary>
    public ImmutableArray<DeployedPods> Select(string ns, IReadOnlyList<LabelSpec> selector)
    {
        if (selector.Count == 0 || !_byLabel.TryGetValue((ns, selector[0].Key, selector[0].Value), out var candidates))
        {
            return ImmutableArray<DeployedPods>.Empty;
        }

        return candidates
            .Where(pods => selector.All(entry => pods.Labels.TryGetValue(entry.Key, out var value) && value == entry.Value))
            .ToImmutableArray();
    }

    private static ImmutableDictionary<string, string> PodLabels(ResourceSpec deployment) =>
        DeploymentManifest.PodLabels(deployment.Declaration!).GroupBy(l => l.Key).ToImmutableDictionary(g => g.Key, g => g.Last().Value);
}

/// <summary>The Pods of one Deployment: what a Service selector can match.</summary>
internal sealed record DeployedPods(string Name, string Namespace, ImmutableDictionary<string, string> Labels, ImmutableArray<int> ContainerPorts);
