namespace InfraSdk.Deploy.Probing;

/// <summary>One (node, service port) pair to probe. For TCP, <paramref name="HttpPath"/> set means an HTTP GET, else a connect; UDP gets a datagram.</summary>
internal sealed record ProbeTarget(
    string Node,
    string? Address,
    string Service,
    int NodePort,
    string Protocol,
    string? HttpPath,
    bool ExpectNoLocalEndpoint)
{
    public const string Udp = "UDP";

    /// <summary>For a UDP port: the Service's declared datagram and expected reply; null for the default.</summary>
    public UdpProbe? UdpProbe { get; init; }

    /// <summary>TCP and UDP are probed; SCTP is not.</summary>
    public bool IsProbed => Protocol is "TCP" or Udp;

    /// <summary>What a probe that got no answer in time is: a UDP service may simply not reply, a TCP connect timed out.</summary>
    public ProbeOutcome Silence => Protocol == Udp ? ProbeOutcome.NoReply : ProbeOutcome.Timeout;
}
