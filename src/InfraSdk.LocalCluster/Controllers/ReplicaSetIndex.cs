using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Storage;

namespace InfraSdk.LocalCluster.Controllers;

/// <summary>
/// Which ReplicaSets each Deployment controls (keys are namespace/name), like the deployment controller's informer
/// index: rebuilt from the store on a full pass, then kept up to date from every committed ReplicaSet change.
/// </summary>
internal sealed class ReplicaSetIndex
{
    private readonly Dictionary<string, SortedSet<string>> _byDeployment = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _owner = new(StringComparer.Ordinal);

    public static string Key(string ns, string name) => $"{ns}/{name}";

    public static (string Namespace, string Name) Split(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return (key[..slash], key[(slash + 1)..]);
    }

    /// <summary>The names of the ReplicaSets the Deployment at <paramref name="deploymentKey"/> controls.</summary>
    public IReadOnlyCollection<string> Of(string deploymentKey) => _byDeployment.TryGetValue(deploymentKey, out var names) ? names : [];

    /// <summary>The key of the Deployment that controls the ReplicaSet at <paramref name="replicaSetKey"/>, or null.</summary>
    public string? OwnerOf(string replicaSetKey) => _owner.GetValueOrDefault(replicaSetKey);

    public void Rebuild(IEnumerable<JsonObject> replicaSets)
    {
        _byDeployment.Clear();
        _owner.Clear();
        foreach (var replicaSet in replicaSets)
        {
            Set(replicaSet);
        }
    }

    public void Apply(IEnumerable<StoreChange> committed)
    {
        foreach (var change in committed.Where(change => change.Key.Resource == ResourceType.ReplicaSets.Plural))
        {
            Remove(Key(change.Key.Namespace, change.Key.Name));
            if (change.Object is not null)
            {
                Set(change.Object);
            }
        }
    }

    private void Set(JsonObject replicaSet)
    {
        var ns = replicaSet.Object("metadata").String("namespace") ?? "";
        if (OwnerReferences.ControllerName(replicaSet, ResourceType.Deployments.Kind) is not { } owner)
        {
            return;
        }

        var ownerKey = Key(ns, owner);
        _owner[Key(ns, replicaSet.Name())] = ownerKey;
        (_byDeployment.TryGetValue(ownerKey, out var names) ? names : _byDeployment[ownerKey] = new SortedSet<string>(StringComparer.Ordinal)).Add(replicaSet.Name());
    }

    private void Remove(string replicaSetKey)
    {
        if (_owner.Remove(replicaSetKey, out var ownerKey) && _byDeployment.TryGetValue(ownerKey, out var names))
        {
            names.Remove(Split(replicaSetKey).Name);
            if (names.Count == 0)
            {
                _byDeployment.Remove(ownerKey);
            }
        }
    }
}
