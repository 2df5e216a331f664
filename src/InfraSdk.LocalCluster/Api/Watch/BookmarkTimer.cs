namespace InfraSdk.LocalCluster.Api.Watch;

/// <summary>
/// When a watch that allows bookmarks gets one, as kube-apiserver schedules them: about every minute, and once two
/// seconds before the watch's deadline so that the client can resume from as recent a resourceVersion as possible.
/// </summary>
internal sealed class BookmarkTimer : IAsyncDisposable
{
    private readonly ITimer _timer;
    private readonly Action _bookmark;
    private readonly DateTimeOffset _deadline;
    private readonly TimeSpan _frequency;
    private readonly TimeProvider _time;

    // When the pending bookmark is due: a timer may fire a little early, and the pre-timeout bookmark goes out once.
    private DateTimeOffset _due;

    public BookmarkTimer(Action bookmark, DateTimeOffset deadline, TimeSpan frequency, TimeProvider time)
    {
        _bookmark = bookmark;
        _deadline = deadline;
        _frequency = frequency;
        _time = time;
        _timer = time.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        ScheduleNext();
    }

    public ValueTask DisposeAsync() => _timer.DisposeAsync();

    private void Fire()
    {
        _bookmark();
        try
        {
            ScheduleNext();
        }
        catch (ObjectDisposedException)
        {
            // The watch ended while its bookmark was being sent.
        }
    }

    private void ScheduleNext()
    {
        var now = _time.GetUtcNow();
        var next = now + _frequency;
        if (_deadline - TimeSpan.FromSeconds(2) is var beforeTimeout && beforeTimeout < next)
        {
            next = beforeTimeout;
        }

        if (next > now && next > _due)
        {
            _due = next;
            _timer.Change(next - now, Timeout.InfiniteTimeSpan);
        }
    }
}
