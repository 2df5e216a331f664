namespace InfraSdk;

/// <summary>How <c>verify</c> checks that a Service answers on its nodePorts.</summary>
public abstract record Probe;

/// <summary>A TCP connect: the port accepts connections.</summary>
public sealed record TcpProbe : Probe;

/// <summary>An HTTP GET of <paramref name="Path"/> that must answer with a status below 500.</summary>
public sealed record HttpProbe(string Path = "/") : Probe;

/// <summary>
/// For the Service's UDP ports: the datagram <paramref name="Send"/> (UTF-8), answered by a datagram that begins with
/// <paramref name="Expect"/> (any datagram when null). Without it, verify sends <c>infrasdk-verify</c> and a newline
/// and takes any reply. The Service's TCP ports are probed with a connect.
/// </summary>
public sealed record UdpProbe(string Send, string? Expect = null) : Probe;
