namespace InfraSdk.Deploy.Probing;

/// <summary>One probe of one pair, answered within <paramref name="timeout"/>: <see cref="PortProber.ProbeAsync"/>.</summary>
internal delegate Task<ProbeResult> Prober(ProbeTarget target, TimeSpan timeout, CancellationToken cancellationToken);
