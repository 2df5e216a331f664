using System.Threading.Channels;

namespace InfraSdk.LocalCluster.Storage;

/// <summary>
/// Group commit for the state file: transactions queue in commit order, and one background loop writes everything
/// queued so far in one SQLite transaction (one fsync), then completes each of them. Writers that arrive while a
/// batch is being synced share the next one, so concurrent clients pay for one sync per batch, not one each.
/// </summary>
internal sealed class GroupCommitWriter : IDisposable
{
    private readonly SqliteStateFile _file;
    private readonly Channel<Queued> _queue = Channel.CreateUnbounded<Queued>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public GroupCommitWriter(SqliteStateFile file)
    {
        _file = file;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Queues a transaction; the task completes once it is on disk, or fails with the write's error.</summary>
    public Task Enqueue(IReadOnlyList<StoreChange> changes, IReadOnlyDictionary<string, string> settings)
    {
        var queued = new Queued(changes, settings, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(queued))
        {
            throw new ObjectDisposedException(nameof(GroupCommitWriter));
        }

        return queued.Done.Task;
    }

    /// <summary>Writes what is queued, then stops.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.GetAwaiter().GetResult();
    }

    private async Task LoopAsync()
    {
        var batch = new List<Queued>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (_queue.Reader.TryRead(out var queued))
            {
                batch.Add(queued);
            }

            try
            {
                _file.Write([.. batch.SelectMany(queued => queued.Changes)], batch[^1].Settings);
                batch.ForEach(queued => queued.Done.SetResult());
            }
            catch (Exception exception)
            {
                batch.ForEach(queued => queued.Done.SetException(exception));
            }
        }
    }

    private sealed record Queued(IReadOnlyList<StoreChange> Changes, IReadOnlyDictionary<string, string> Settings, TaskCompletionSource Done);
}
