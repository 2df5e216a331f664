using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Storage;

namespace InfraSdk.LocalCluster.Controllers;

/// <summary>
/// The writes of one controller pass before they are committed: the controllers read through it, so a later step sees
/// an earlier one's writes (a new ReplicaSet, a Deployment's new revision), and the pass commits them all in one
/// transaction (the last write of each object wins). A Deployment is the clients' object: only the controllers' part
/// of it (the revision annotation and the status) is carried onto the live one at commit.
/// </summary>
internal sealed class PassWrites(ObjectStore store)
{
    private readonly Dictionary<StoredObjectKey, JsonObject?> _written = [];
    private readonly List<StoredObjectKey> _order = [];
    private readonly HashSet<StoredObjectKey> _ordered = [];

    public int Count => _order.Count;

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

    /// <summary>What to commit (call under the registry's write lock): the writes, each Deployment's carried onto the live
    /// one (left out when the Deployment is gone); then the pass starts empty.</summary>
    public IReadOnlyList<StoreChange> TakeForCommit()
    {
        var changes = new List<StoreChange>(_order.Count);
        foreach (var key in _order)
        {
            var obj = _written[key];
            if (key.Resource == ResourceType.Deployments.Plural && obj is not null)
            {
                if (store.Get(key) is not { } live)
                {
                    continue;
                }

                if (obj.Object("metadata").StringMap("annotations").GetValueOrDefault(DeploymentController.RevisionAnnotation) is { } revision)
                {
                    live.Metadata().EnsureObject("annotations")[DeploymentController.RevisionAnnotation] = revision;
                }

                live["status"] = obj["status"]?.DeepClone();
                obj = live;
            }

            changes.Add(new StoreChange(key, obj));
        }

        _written.Clear();
        _order.Clear();
        _ordered.Clear();
        return changes;
    }
}
