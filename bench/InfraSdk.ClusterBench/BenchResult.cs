namespace InfraSdk.ClusterBench;

/// <summary>
/// What one run measured: the time of each pass of writes (the creating pass first, then the updates: an annotation
/// changes, no pod restarts), the process's CPU time spent in those passes, how long until every Deployment was
/// ready and every Service had endpoints, and the process's peak resident memory.
/// </summary>
public sealed record BenchResult(int WritesPerPass, IReadOnlyList<TimeSpan> PassTimes, TimeSpan PassCpuTime, TimeSpan TimeToReady, bool AllReady, long PeakRssBytes)
{
    /// <summary>Writes per second of each pass, the creating pass first.</summary>
    public IReadOnlyList<double> WritesPerSecond => [.. PassTimes.Select(time => WritesPerPass / time.TotalSeconds)];

    /// <summary>CPU milliseconds per write, of the whole process (the cluster and its clients).</summary>
    public double CpuMillisecondsPerWrite => PassCpuTime.TotalMilliseconds / (WritesPerPass * PassTimes.Count);
}
