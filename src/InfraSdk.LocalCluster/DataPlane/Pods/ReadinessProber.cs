namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>
/// The kubelet's readiness probing for every pod that has probes, on one loop for the whole data plane: a pod's
/// probes run first when it starts (<see cref="ProbeNewAsync"/>), then again every period, at most
/// <see cref="MaxConcurrentProbes"/> at a time. A round passes when every container's probe passes; a pod becomes
/// ready after successThreshold passing rounds in a row and unready after failureThreshold failing ones (both, and the
/// period, taken from the first container's probe). The period is honoured loosely (1 to 10 seconds), the timeout is
/// at most one second (the pods are on loopback), and initialDelaySeconds is not waited for: built-in pods start at once.
/// </summary>
internal sealed class ReadinessProber : IAsyncDisposable
{
    private const int MaxConcurrentProbes = 16;
    private static readonly TimeSpan MinPeriod = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxPeriod = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromSeconds(1);

    private readonly Func<CancellationToken, Task> _readinessChanged;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private Dictionary<PodServer, ProbeTrack> _tracks = [];
    private int _disposed;

    /// <param name="readinessChanged">Called from the loop after a round that changed some pod's readiness.</param>
    public ReadinessProber(Func<CancellationToken, Task> readinessChanged, TimeProvider time)
    {
        _readinessChanged = readinessChanged;
        _time = time;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Follows the running pods from now on, and runs the first round of every new pod with probes.</summary>
    public async Task ProbeNewAsync(IReadOnlyList<PodServer> running, CancellationToken cancellationToken)
    {
        List<ProbeTrack> fresh;
        lock (_lock)
        {
            var tracks = new Dictionary<PodServer, ProbeTrack>();
            fresh = [];
            foreach (var pod in running.Where(pod => pod.ReadinessProbes.Count > 0))
            {
                if (!_tracks.TryGetValue(pod, out var track))
                {
                    track = new ProbeTrack(pod);
                    fresh.Add(track);
                }

                tracks[pod] = track;
            }

            _tracks = tracks;
        }

        await RunRoundAsync(fresh, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _loop;
        _stopping.Dispose();
    }

    private async Task LoopAsync()
    {
        var stopping = _stopping.Token;
        try
        {
            while (true)
            {
                await Task.Delay(MinPeriod, _time, stopping);
                List<ProbeTrack> due;
                var now = _time.GetUtcNow();
                lock (_lock)
                {
                    due = [.. _tracks.Values.Where(track => track.NextRound <= now)];
                }

                if (await RunRoundAsync(due, stopping))
                {
                    await _readinessChanged(stopping);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The data plane is stopping.
        }
    }

    /// <summary>Probes each pod once; true when some pod's readiness changed.</summary>
    private async Task<bool> RunRoundAsync(List<ProbeTrack> tracks, CancellationToken cancellationToken)
    {
        var changed = 0;
        await Parallel.ForEachAsync(tracks, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentProbes, CancellationToken = cancellationToken }, async (track, ct) =>
        {
            var passed = true;
            foreach (var probe in track.Pod.ReadinessProbes)
            {
                passed &= await ProbeRunner.PassesAsync(track.Pod, probe with { Timeout = Min(probe.Timeout, MaxTimeout) }, ct);
            }

            if (track.Record(passed, _time.GetUtcNow()))
            {
                Interlocked.Increment(ref changed);
            }
        });
        return changed > 0;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>The consecutive results of one pod's probing and when its next round is due.</summary>
    private sealed class ProbeTrack(PodServer pod)
    {
        private readonly ReadinessProbe _first = pod.ReadinessProbes[0];
        private int _successes;
        private int _failures;

        public PodServer Pod => pod;

        /// <summary>Not due before its first round has run (that one is run by <see cref="ProbeNewAsync"/>).</summary>
        public DateTimeOffset NextRound { get; private set; } = DateTimeOffset.MaxValue;

        /// <summary>Counts a round's result; true when the pod's readiness changed.</summary>
        public bool Record(bool passed, DateTimeOffset now)
        {
            var period = _first.Period < MinPeriod ? MinPeriod : _first.Period > MaxPeriod ? MaxPeriod : _first.Period;
            NextRound = now + period;
            (_successes, _failures) = passed ? (_successes + 1, 0) : (0, _failures + 1);
            var ready = pod.Info.Ready;
            if (!ready && _successes >= Math.Max(1, _first.SuccessThreshold))
            {
                pod.SetReady(true);
                return true;
            }

            if (ready && _failures >= Math.Max(1, _first.FailureThreshold))
            {
                pod.SetReady(false);
                return true;
            }

            return false;
        }
    }
}
