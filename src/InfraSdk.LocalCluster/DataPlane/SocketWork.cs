using System.Collections.Concurrent;
using System.Net.Sockets;

namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>
/// The background work of one socket owner (a pod port, a nodePort): its loops and a bounded number of
/// connections. Disposing cancels all of it and waits until every piece has ended and closed its sockets.
/// </summary>
internal sealed class SocketWork : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _connectionSlots;
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private long _nextId;
    private int _disposed;

    public SocketWork(int maxConnections) => _connectionSlots = new SemaphoreSlim(maxConnections, maxConnections);

    /// <summary>Starts a long-running loop (an accept or receive loop) that ends when this work stops.</summary>
    public void StartLoop(Func<CancellationToken, Task> loop) => Start(loop, releasesSlot: false);

    /// <summary>Waits until fewer than the maximum connections are open; meanwhile new ones wait in the backlog.</summary>
    public Task WaitForConnectionSlotAsync() => _connectionSlots.WaitAsync(_stopping.Token);

    /// <summary>Runs one connection in a slot taken with <see cref="WaitForConnectionSlotAsync"/>.</summary>
    public void StartConnection(Func<CancellationToken, Task> connection) => Start(connection, releasesSlot: true);

    /// <summary>Takes a connection slot if one is free right now.</summary>
    public bool TryTakeConnectionSlot() => _connectionSlots.Wait(0);

    public void ReleaseConnectionSlot() => _connectionSlots.Release();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        // A loop may start a connection while stopping; wait until nothing runs any more.
        while (!_running.IsEmpty)
        {
            await Task.WhenAll(_running.Values);
        }

        _stopping.Dispose();
        _connectionSlots.Dispose();
    }

    private void Start(Func<CancellationToken, Task> work, bool releasesSlot)
    {
        var id = Interlocked.Increment(ref _nextId);
        var task = new Task<Task>(() => RunAsync(id, work, releasesSlot));
        _running[id] = task.Unwrap();
        task.Start(TaskScheduler.Default);
    }

    private async Task RunAsync(long id, Func<CancellationToken, Task> work, bool releasesSlot)
    {
        try
        {
            await work(_stopping.Token);
        }
        catch (Exception exception) when (IsConnectionEnd(exception))
        {
            // A peer went away, or this work is stopping: the socket is closed by its owner below.
        }
        finally
        {
            if (releasesSlot)
            {
                _connectionSlots.Release();
            }

            _running.TryRemove(id, out _);
        }
    }

    private static bool IsConnectionEnd(Exception exception) =>
        exception is OperationCanceledException or SocketException or IOException or ObjectDisposedException;
}
