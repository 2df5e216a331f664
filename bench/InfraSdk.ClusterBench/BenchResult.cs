namespace InfraSdk.ClusterBench;

/// <summary>What one run measured: the creating writes (2 per Service) and how long they took, how long until every
/// Deployment was ready and every Service had endpoints, the same writes again as updates (an annotation changes,
/// no pod restarts), and the process's peak resident memory.</summary>
public sealed record BenchResult(int Writes, TimeSpan WriteTime, TimeSpan TimeToReady, bool AllReady, TimeSpan UpdateTime, long PeakRssBytes)
{
    public double WritesPerSecond => Writes / WriteTime.TotalSeconds;

    public double UpdatesPerSecond => Writes / UpdateTime.TotalSeconds;

    public override string ToString() =>
        $"writes={Writes} writeTime={WriteTime.TotalSeconds:F2}s writes/s={WritesPerSecond:F0} timeToReady={TimeToReady.TotalSeconds:F2}s " +
        $"allReady={AllReady} updates/s={UpdatesPerSecond:F0} peakRss={PeakRssBytes / (1024.0 * 1024):F0}MiB";
}
