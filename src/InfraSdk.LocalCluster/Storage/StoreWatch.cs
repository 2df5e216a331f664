using System.Threading.Channels;

namespace InfraSdk.LocalCluster.Storage;

/// <summary>
/// One watcher of a resource (in one namespace, or all): its starting events, then every later change, in commit
/// order. The store hands it changes under its lock without waiting: a watcher that falls <c>buffer</c> changes behind
/// is ended (<see cref="FellBehind"/>), as kube-apiserver closes an unresponsive watcher, and its client resumes from
/// the last resourceVersion it read. Dispose to stop watching.
/// </summary>
internal sealed class StoreWatch : IDisposable
{
    private readonly Channel<StoreEvent> _changes;
    private readonly Action<StoreWatch> _stop;
    private int _fellBehind;
    private volatile bool _ended;

    public StoreWatch(string resource, string? ns, int buffer, IReadOnlyList<StoreEvent> initial, long startResourceVersion, Action<StoreWatch> stop)
    {
        Resource = resource;
        Namespace = ns;
        Initial = initial;
        StartResourceVersion = startResourceVersion;
        _changes = Channel.CreateBounded<StoreEvent>(new BoundedChannelOptions(buffer) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _stop = stop;
    }

    public string Resource { get; }

    public string? Namespace { get; }

    /// <summary>What the watch starts with: the current objects as Added events, or the changes since the asked resourceVersion.</summary>
    public IReadOnlyList<StoreEvent> Initial { get; }

    /// <summary>The resourceVersion the store was at when the watch started; <see cref="Initial"/> brings the watcher up to it.</summary>
    public long StartResourceVersion { get; }

    /// <summary>Later changes, with Progress entries where asked for; completes when the watch ends.</summary>
    public ChannelReader<StoreEvent> Changes => _changes.Reader;

    /// <summary>Whether the watch was ended because its reader fell too far behind the writers.</summary>
    public bool FellBehind => Volatile.Read(ref _fellBehind) == 1;

    /// <summary>Called by the feed under the store's lock; false once the watcher has fallen behind and is ended.</summary>
    internal bool Offer(StoreEvent change)
    {
        if (_ended)
        {
            return false;
        }

        if (Namespace is not null && change.Type != StoreEventType.Progress && change.Key.Namespace != Namespace)
        {
            return true;
        }

        if (_changes.Writer.TryWrite(change))
        {
            return true;
        }

        Volatile.Write(ref _fellBehind, 1);
        _changes.Writer.TryComplete();
        return false;
    }

    internal void End()
    {
        _ended = true;
        _changes.Writer.TryComplete();
    }

    public void Dispose()
    {
        _stop(this);
        End();
    }
}
