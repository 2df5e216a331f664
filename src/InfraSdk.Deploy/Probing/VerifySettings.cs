namespace InfraSdk.Deploy.Probing;

/// <summary>
/// How verify probes: which node address, which probe, how many at once, how long each; how many attempts a pair gets
/// before it is reported (kube-proxy may still be programming its rules when the endpoints turn ready), and how long
/// the whole sweep may take.
/// </summary>
internal sealed record VerifySettings(AddressType AddressType, ProbeMode Probe, int Concurrency, TimeSpan ProbeTimeout)
{
    public const int DefaultAttempts = 3;

    public static readonly TimeSpan DefaultTotalTimeout = TimeSpan.FromMinutes(1);

    public int Attempts { get; init; } = DefaultAttempts;

    public TimeSpan TotalTimeout { get; init; } = DefaultTotalTimeout;
}
