namespace InfraSdk;

/// <summary>The transport protocol of a Service port.</summary>
public enum Protocol
{
    Tcp,
    Udp,
    Sctp,
}
