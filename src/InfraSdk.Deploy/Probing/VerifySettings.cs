namespace InfraSdk.Deploy.Probing;

/// <summary>How verify probes: which node address, which probe, how many at once, how long each.</summary>
internal sealed record VerifySettings(AddressType AddressType, ProbeMode Probe, int Concurrency, TimeSpan ProbeTimeout);
