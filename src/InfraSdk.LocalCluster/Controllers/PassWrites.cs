using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Storage;

namespace InfraSdk.LocalCluster.Controllers;

/// <summary>
/// The writes of one controller pass before they are committed: the controllers read through it, so a later step sees
/// an earlier one's writes (a new ReplicaSet, a Deployment's new revision), and the pass commits them (the last write
/// of each object wins). A Deployment is the clients' object: only the controllers' part of it (the revision annotation
/// and the status) is carried onto the live one at commit, under the registry's write lock.
/// </summary>
internal sealed class PassWrites(ObjectStore store)
{
    private readonly Dictionary<StoredObjectKey, JsonObject?> _written = [];
    private readonly List<StoredObjectKey> _order = [];
    private readonly HashSet<StoredObjectKey> _ordered = [];

    /// <summary>The object as this pass has written it, else as stored; the same instance on every call until written again.</summary>
    public JsonObject? Get(StoredObjectKey key)
    {
        if (!_written.TryGetValue(key, out var obj))
        {
            obj = store.Get(key);
            if (obj is not null)
            {
                _written[key] = obj;
                return obj;
            }
        }

        return obj;
    }

    public void Write(StoredObjectKey key, JsonObject? obj)
    {
        if (_ordered.Add(key))
        {
            _order.Add(key);
        }

        _written[key] = obj;
    }

    public void WriteAll(IEnumerable<StoreChange> changes)
    {
        foreach (var change in changes)
        {
            Write(change.Key, change.Object);
        }
    }

    /// <summary>The writes so far, in the order first written.</summary>
    public IReadOnlyList<StoreChange> Changes => [.. _order.Select(key => new StoreChange(key, _written[key]))];

    /// <summary>Takes the writes, in the order first written (then the pass starts empty): those of the objects the
    /// controllers own, and those of Deployments (see <see cref="MergeDeployments"/>).</summary>
    public (IReadOnlyList<StoreChange> Owned, IReadOnlyList<StoreChange> Deployments) Take()
    {
        var owned = new List<StoreChange>(_order.Count);
        var deployments = new List<StoreChange>();
        foreach (var key in _order)
        {
            (key.Resource == ResourceType.Deployments.Plural ? deployments : owned).Add(new StoreChange(key, _written[key]));
        }

        _written.Clear();
        _order.Clear();
        _ordered.Clear();
        return (owned, deployments);
    }

    /// <summary>The Deployment writes carried onto the live Deployments, leaving out those that are gone: only the
    /// revision annotation and the status are the controllers'. Call under the registry's write lock.</summary>
    public static IReadOnlyList<StoreChange> MergeDeployments(ObjectStore store, IReadOnlyList<StoreChange> deployments)
    {
        var merged = new List<StoreChange>(deployments.Count);
        foreach (var (key, obj) in deployments)
        {
            if (obj is null || store.Get(key) is not { } live)
            {
                continue;
            }

            if (obj.Object("metadata").StringMap("annotations").GetValueOrDefault(DeploymentController.RevisionAnnotation) is { } revision)
            {
                live.Metadata().EnsureObject("annotations")[DeploymentController.RevisionAnnotation] = revision;
            }

            live["status"] = obj["status"]?.DeepClone();
            merged.Add(new StoreChange(key, live));
        }

        return merged;
    }
}
