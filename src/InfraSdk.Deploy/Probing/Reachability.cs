using System.Globalization;

namespace InfraSdk.Deploy.Probing;

/// <summary>
/// Probes every pair with bounded concurrency, each failed pair again after a short pause up to the attempts allowed,
/// all within one total time bound: a pair still unanswered when it runs out is a timeout, so a node that never answers
/// cannot hold verify longer. Results come back in the targets' order.
/// </summary>
internal static class Reachability
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(250);

    public static Task<IReadOnlyList<ProbeResult>> ProbeAsync(IReadOnlyList<ProbeTarget> targets, VerifySettings settings, CancellationToken cancellationToken) =>
        ProbeAsync(targets, settings, PortProber.ProbeAsync, cancellationToken);

    public static async Task<IReadOnlyList<ProbeResult>> ProbeAsync(
        IReadOnlyList<ProbeTarget> targets, VerifySettings settings, Prober prober, CancellationToken cancellationToken)
    {
        var results = new ProbeResult[targets.Count];
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(settings.TotalTimeout);
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), options, async (index, ct) =>
            results[index] = await ProbeWithRetriesAsync(targets[index], settings, prober, bound.Token, ct));
        return results;
    }

    private static async Task<ProbeResult> ProbeWithRetriesAsync(
        ProbeTarget target, VerifySettings settings, Prober prober, CancellationToken bound, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            ProbeResult result;
            try
            {
                result = await prober(target, settings.ProbeTimeout, bound);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var seconds = settings.TotalTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
                return new ProbeResult(target, target.Silence, null, $"no answer before verify's time bound ({seconds} s) ran out") { Attempts = attempt };
            }

            if (attempt >= settings.Attempts || !IsWorthAnotherTry(result.Outcome))
            {
                return result with { Attempts = attempt };
            }

            try
            {
                await Task.Delay(RetryPause * attempt, bound);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return result with { Attempts = attempt };
            }
        }
    }

    /// <summary>What a node may answer differently a moment later; an address it does not have, or a pair not probed, stays as it is.</summary>
    private static bool IsWorthAnotherTry(ProbeOutcome outcome) => outcome is ProbeOutcome.Refused or ProbeOutcome.Timeout or ProbeOutcome.NoReply or ProbeOutcome.Unhealthy;
}
