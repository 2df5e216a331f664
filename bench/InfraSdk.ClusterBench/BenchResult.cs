namespace InfraSdk.ClusterBench;

/// <summary>What one run measured: the writes (2 per Service), how long they took, how long until every Deployment
/// was ready and every Service had endpoints, and the process's peak resident memory.</summary>
public sealed record BenchResult(int Writes, TimeSpan WriteTime, TimeSpan TimeToReady, bool AllReady, long PeakRssBytes)
{
    public double WritesPerSecond => Writes / WriteTime.TotalSeconds;

    public override string ToString() =>
        $"writes={Writes} writeTime={WriteTime.TotalSeconds:F2}s writes/s={WritesPerSecond:F0} timeToReady={TimeToReady.TotalSeconds:F2}s " +
        $"allReady={AllReady} peakRss={PeakRssBytes / (1024.0 * 1024):F0}MiB";
}
