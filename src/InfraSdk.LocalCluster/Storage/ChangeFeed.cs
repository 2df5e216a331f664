namespace InfraSdk.LocalCluster.Storage;

/// <summary>
/// The watch cache: the last <c>capacity</c> changes of every resource in commit order, and the watchers to hand new
/// ones to. Not thread-safe: the <see cref="ObjectStore"/> drives it under its lock, so a watcher's backlog and its
/// live changes meet without a gap or a repeat. Handing a change to a watcher never waits (see <see cref="StoreWatch"/>).
/// </summary>
internal sealed class ChangeFeed(int capacity, long resourceVersion)
{
    private readonly StoreEvent[] _window = new StoreEvent[capacity];
    private readonly Dictionary<string, List<StoreWatch>> _watchers = new(StringComparer.Ordinal);
    private int _start;
    private int _count;

    /// <summary>The oldest resourceVersion a watch can start from: every change after it is still in the window.</summary>
    public long Floor { get; private set; } = resourceVersion;

    public void Append(StoreEvent change)
    {
        if (_count == _window.Length)
        {
            Floor = _window[_start].ResourceVersion;
            _start = (_start + 1) % _window.Length;
            _count--;
        }

        _window[(_start + _count) % _window.Length] = change;
        _count++;
        if (_watchers.TryGetValue(change.Key.Resource, out var watchers))
        {
            watchers.RemoveAll(watcher => !watcher.Offer(change));
        }
    }

    /// <summary>The changes of one resource (in one namespace, or all) after <paramref name="resourceVersion"/>, which is at least <see cref="Floor"/>.</summary>
    public List<StoreEvent> Since(long resourceVersion, string resource, string? ns)
    {
        var changes = new List<StoreEvent>();
        for (var i = 0; i < _count; i++)
        {
            var change = _window[(_start + i) % _window.Length];
            if (change.ResourceVersion > resourceVersion && change.Key.Resource == resource && (ns is null || change.Key.Namespace == ns))
            {
                changes.Add(change);
            }
        }

        return changes;
    }

    public void Add(StoreWatch watcher)
    {
        if (!_watchers.TryGetValue(watcher.Resource, out var watchers))
        {
            _watchers[watcher.Resource] = watchers = [];
        }

        watchers.Add(watcher);
    }

    public void Remove(StoreWatch watcher)
    {
        if (_watchers.TryGetValue(watcher.Resource, out var watchers))
        {
            watchers.Remove(watcher);
        }
    }

    /// <summary>Ends every watch, as when the cluster stops.</summary>
    public void Close()
    {
        foreach (var watcher in _watchers.Values.SelectMany(watchers => watchers).ToList())
        {
            watcher.End();
        }

        _watchers.Clear();
    }
}
