using System.Globalization;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Storage;

/// <summary>
/// The cluster's objects, like etcd behind the API server: one resourceVersion counter over everything, writes in
/// transactions, and (with a state folder) every committed transaction queued for disk in commit order, group
/// committed: <see cref="WhenDurable"/> completes once everything committed so far is on disk.
/// Callers get copies; the store never hands out the trees it holds, and it keeps the trees a commit hands it (the
/// caller's own, which it no longer touches) instead of copying them. Every commit also goes to the change feed that
/// watches read (<see cref="Watch"/>), the watch cache of kube-apiserver: the last changes, a window of fixed size.
/// </summary>
internal sealed class ObjectStore : IDisposable
{
    private const string ResourceVersionSetting = "resourceVersion";

    /// <summary>How many recent changes a watch can resume from (kube-apiserver keeps up to 100 Ki per resource).</summary>
    public const int DefaultWatchWindow = 10_000;

    // By resource, so that listing one resource reads only its objects.
    private readonly Dictionary<string, Dictionary<StoredObjectKey, JsonObject>> _byResource = new(StringComparer.Ordinal);
    private readonly SqliteStateFile? _file;
    private readonly GroupCommitWriter? _writer;
    private Task _durable = Task.CompletedTask;
    private readonly FileStream? _folderLock;
    private readonly Lock _gate = new();
    private long _resourceVersion;
    private readonly ChangeFeed _feed;

    public ObjectStore(string? stateDirectory, int watchWindow = DefaultWatchWindow)
    {
        if (stateDirectory is null)
        {
            _feed = new ChangeFeed(watchWindow, 0);
            return;
        }

        _folderLock = LockFolder(stateDirectory);
        _file = SqliteStateFile.Open(stateDirectory);
        foreach (var (key, obj) in _file.ReadObjects())
        {
            Objects(key.Resource)[key] = obj;
        }

        _resourceVersion = long.Parse(_file.ReadSetting(ResourceVersionSetting) ?? "0", CultureInfo.InvariantCulture);
        _writer = new GroupCommitWriter(_file);
        _feed = new ChangeFeed(watchWindow, _resourceVersion);
    }

    public string CurrentResourceVersion
    {
        get
        {
            lock (_gate)
            {
                return _resourceVersion.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    public JsonObject? Get(StoredObjectKey key)
    {
        lock (_gate)
        {
            return Objects(key.Resource).TryGetValue(key, out var obj) ? obj.DeepClone().AsObject() : null;
        }
    }

    /// <summary>Whether an object is stored (without copying it).</summary>
    public bool Contains(StoredObjectKey key)
    {
        lock (_gate)
        {
            return Objects(key.Resource).ContainsKey(key);
        }
    }

    /// <summary>The objects of one resource, in one namespace or (null) all, ordered by namespace then name.</summary>
    public IReadOnlyList<JsonObject> List(string resource, string? ns)
    {
        lock (_gate)
        {
            return Objects(resource)
                .Where(entry => ns is null || entry.Key.Namespace == ns)
                .OrderBy(entry => entry.Key.Namespace, StringComparer.Ordinal)
                .ThenBy(entry => entry.Key.Name, StringComparer.Ordinal)
                .Select(entry => entry.Value.DeepClone().AsObject())
                .ToList();
        }
    }

    /// <summary>Completes once every transaction committed so far is on disk (at once without a state folder).</summary>
    public Task WhenDurable()
    {
        lock (_gate)
        {
            return _durable;
        }
    }

    /// <summary>
    /// Stamps every written object with one new resourceVersion, queues the transaction for disk, then applies it;
    /// <see cref="WhenDurable"/> tells when the transaction is on disk. The store keeps the written trees themselves:
    /// the caller hands them over and never touches them again.
    /// </summary>
    public void Commit(IReadOnlyList<StoreChange> changes)
    {
        lock (_gate)
        {
            Apply(changes);
        }
    }

    /// <summary><see cref="Commit"/>, returning copies of the stored objects, in order, for the caller to keep.</summary>
    public IReadOnlyList<JsonObject?> CommitAndCopy(IReadOnlyList<StoreChange> changes)
    {
        lock (_gate)
        {
            Apply(changes);
            return [.. changes.Select(change => change.Object?.DeepClone().AsObject())];
        }
    }

    private void Apply(IReadOnlyList<StoreChange> changes)
    {
        var resourceVersion = _resourceVersion + 1;
        foreach (var change in changes)
        {
            if (change.Object is { } obj)
            {
                obj.Metadata()["resourceVersion"] = resourceVersion.ToString(CultureInfo.InvariantCulture);
            }
        }

        if (_writer is not null)
        {
            _durable = _writer.Enqueue([.. changes], new Dictionary<string, string> { [ResourceVersionSetting] = resourceVersion.ToString(CultureInfo.InvariantCulture) });
        }

        _resourceVersion = resourceVersion;
        foreach (var change in changes)
        {
            var objects = Objects(change.Key.Resource);
            objects.TryGetValue(change.Key, out var previous);
            if (change.Object is null)
            {
                objects.Remove(change.Key);
            }
            else
            {
                objects[change.Key] = change.Object;
            }

            if (previous is not null || change.Object is not null)
            {
                var type = change.Object is null ? StoreEventType.Deleted : previous is null ? StoreEventType.Added : StoreEventType.Modified;
                _feed.Append(new StoreEvent(type, change.Key, resourceVersion, change.Object, previous));
            }
        }
    }

    /// <summary>
    /// Starts watching one resource (in one namespace, or all): <paramref name="withState"/>, with the current objects
    /// as Added events; else with the changes after <paramref name="after"/>, or none (null: from now on). Null when
    /// <paramref name="after"/> is older than the window (the API server's 410 Expired), with the oldest one it could be.
    /// </summary>
    public (StoreWatch? Watch, long Floor) Watch(string resource, string? ns, bool withState, long? after, int buffer)
    {
        lock (_gate)
        {
            if (!withState && after < _feed.Floor)
            {
                return (null, _feed.Floor);
            }

            var initial = !withState
                ? after is { } since ? _feed.Since(since, resource, ns) : []
                : Objects(resource)
                    .Where(entry => ns is null || entry.Key.Namespace == ns)
                    .OrderBy(entry => entry.Key.Namespace, StringComparer.Ordinal)
                    .ThenBy(entry => entry.Key.Name, StringComparer.Ordinal)
                    .Select(entry => new StoreEvent(StoreEventType.Added, entry.Key, ResourceVersionOf(entry.Value), entry.Value, null))
                    .ToList();
            var watch = new StoreWatch(resource, ns, buffer, initial, _resourceVersion, Unwatch);
            _feed.Add(watch);
            return (watch, _feed.Floor);
        }
    }

    /// <summary>Queues a Progress entry for <paramref name="watch"/> at the current resourceVersion: everything before it is already queued.</summary>
    public void RequestProgress(StoreWatch watch)
    {
        lock (_gate)
        {
            if (!watch.Offer(StoreEvent.Progress(_resourceVersion)))
            {
                _feed.Remove(watch);
            }
        }
    }

    private void Unwatch(StoreWatch watch)
    {
        lock (_gate)
        {
            _feed.Remove(watch);
        }
    }

    private static long ResourceVersionOf(JsonObject obj) =>
        long.TryParse(obj.Object("metadata").String("resourceVersion"), NumberStyles.None, CultureInfo.InvariantCulture, out var resourceVersion) ? resourceVersion : 0;

    private Dictionary<StoredObjectKey, JsonObject> Objects(string resource) =>
        _byResource.TryGetValue(resource, out var objects) ? objects : _byResource[resource] = [];

    public void Dispose()
    {
        lock (_gate)
        {
            _feed.Close();
        }

        _writer?.Dispose();
        _file?.Dispose();
        _folderLock?.Dispose();
    }

    /// <summary>One running cluster per state folder: a second one would write behind the first one's back.</summary>
    private static FileStream LockFolder(string directory)
    {
        Directory.CreateDirectory(directory);
        try
        {
            return new FileStream(Path.Combine(directory, "cluster.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new IOException($"The state folder {Path.GetFullPath(directory)} is in use by another running cluster.");
        }
    }
}
