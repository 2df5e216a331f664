namespace InfraSdk.Deploy.Probing;

/// <summary>A probe's finding, with the connect (or HTTP round-trip) latency when it answered.</summary>
internal sealed record ProbeResult(ProbeTarget Target, ProbeOutcome Outcome, double? LatencyMs, string? Detail = null)
{
    /// <summary>Reachable, or not expected to be; SCTP pairs (not probed) are not counted either way.</summary>
    public bool IsAcceptable => Outcome is ProbeOutcome.Reachable or ProbeOutcome.NoLocalEndpoint or ProbeOutcome.NotProbed;

    /// <summary>How many probes it took: more than one when the first did not answer.</summary>
    public int Attempts { get; init; } = 1;
}
