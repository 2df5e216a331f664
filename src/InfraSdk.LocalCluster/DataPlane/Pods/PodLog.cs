namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>
/// A built-in pod's container log, as the kubelet keeps it: one line per request answered and datagram echoed, each
/// with the time it was written. Only the last <see cref="Capacity"/> lines are kept. Readers following the log
/// (<c>kubectl logs -f</c>) wait with <see cref="WaitAsync"/>; <see cref="Close"/> ends them when the pod stops.
/// </summary>
internal sealed class PodLog(TimeProvider time)
{
    public const int Capacity = 1000;

    private readonly Lock _gate = new();
    private readonly Queue<PodLogLine> _lines = new();
    private TaskCompletionSource _more = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _written;
    private bool _closed;

    /// <summary>Whether the pod has stopped: nothing more will be written.</summary>
    public bool IsClosed
    {
        get
        {
            lock (_gate)
            {
                return _closed;
            }
        }
    }

    public void Write(string text)
    {
        TaskCompletionSource more;
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _written++;
            _lines.Enqueue(new PodLogLine(_written, time.GetUtcNow(), text));
            if (_lines.Count > Capacity)
            {
                _lines.Dequeue();
            }

            (more, _more) = (_more, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        more.SetResult();
    }

    /// <summary>The kept lines written after line number <paramref name="after"/> (0: all of them).</summary>
    public IReadOnlyList<PodLogLine> Since(long after)
    {
        lock (_gate)
        {
            return [.. _lines.Where(line => line.Number > after)];
        }
    }

    /// <summary>Completes when a line is written after this call, or the log is closed.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _closed ? Task.CompletedTask : _more.Task.WaitAsync(cancellationToken);
        }
    }

    public void Close()
    {
        TaskCompletionSource more;
        lock (_gate)
        {
            _closed = true;
            more = _more;
        }

        more.TrySetResult();
    }
}

/// <summary>One line of a <see cref="PodLog"/>, numbered from 1 in the order written.</summary>
internal sealed record PodLogLine(long Number, DateTimeOffset Time, string Text);
