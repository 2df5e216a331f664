namespace InfraSdk;

/// <summary>How <c>verify</c> checks that a Service answers on its nodePorts.</summary>
public abstract record Probe;

/// <summary>A TCP connect: the port accepts connections.</summary>
public sealed record TcpProbe : Probe;

/// <summary>An HTTP GET of <paramref name="Path"/> that must answer with a status below 500.</summary>
public sealed record HttpProbe(string Path = "/") : Probe;
