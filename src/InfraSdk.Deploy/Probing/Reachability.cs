namespace InfraSdk.Deploy.Probing;

/// <summary>Probes every pair with bounded concurrency; results come back in the targets' order.</summary>
internal static class Reachability
{
    public static async Task<IReadOnlyList<ProbeResult>> ProbeAsync(IReadOnlyList<ProbeTarget> targets, VerifySettings settings, CancellationToken cancellationToken)
    {
        var results = new ProbeResult[targets.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), options, async (index, ct) =>
            results[index] = await PortProber.ProbeAsync(targets[index], settings.ProbeTimeout, ct));
        return results;
    }
}
