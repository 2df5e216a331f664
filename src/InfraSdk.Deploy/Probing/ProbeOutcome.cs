namespace InfraSdk.Deploy.Probing;

/// <summary>What a probe of one (node, service port) pair found.</summary>
internal enum ProbeOutcome
{
    Reachable,

    /// <summary>The connection was refused: no ready endpoint, or nothing listens.</summary>
    Refused,

    /// <summary>No answer in time: a firewall, a dropped packet, a node that is down.</summary>
    Timeout,

    /// <summary>The node has no address of the asked type, or its name does not resolve.</summary>
    Unresolvable,

    /// <summary>externalTrafficPolicy: Local and no ready Pod on this node: it does not answer by design.</summary>
    NoLocalEndpoint,

    /// <summary>SCTP: not probed.</summary>
    NotProbed,

    /// <summary>The HTTP probe connected but got a 5xx or no HTTP answer.</summary>
    Unhealthy,

    /// <summary>UDP: the datagram got no reply in time (a pod that does not answer, a firewall, a node that is down).</summary>
    NoReply,
}
