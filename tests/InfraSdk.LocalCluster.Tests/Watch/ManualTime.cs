namespace InfraSdk.LocalCluster.Tests.Watch;

/// <summary>
/// A clock that moves only when told, with one-shot timers that fire as it passes their due time (or, like real
/// timers now and then, <paramref name="early"/> before it).
/// </summary>
internal sealed class ManualTime(DateTimeOffset start, TimeSpan early = default) : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, () => callback(state));
        timer.Change(dueTime, period);
        _timers.Add(timer);
        return timer;
    }

    /// <summary>Moves the clock to <paramref name="at"/>, firing each timer due by then.</summary>
    public void MoveTo(DateTimeOffset at)
    {
        while (_timers.Where(timer => timer.Due <= at).MinBy(timer => timer.Due) is { } next)
        {
            _now = next.Due!.Value - early;
            next.Fire();
        }

        _now = at;
    }

    private sealed class ManualTimer(ManualTime time, Action callback) : ITimer
    {
        public DateTimeOffset? Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Due = dueTime == Timeout.InfiniteTimeSpan ? null : time._now + dueTime;
            return true;
        }

        public void Fire()
        {
            Due = null;
            callback();
        }

        public void Dispose() => Due = null;

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
