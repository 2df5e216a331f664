namespace InfraSdk;

/// <summary>
/// One entry of spec.ports. The target is <paramref name="TargetPort"/> or the container port named
/// <paramref name="TargetPortName"/>, else <paramref name="Port"/>; <paramref name="NodePort"/> pins the port every
/// node opens (NodePort and LoadBalancer Services only).
/// </summary>
public sealed record ServicePort(
    int Port,
    int? TargetPort = null,
    int? NodePort = null,
    Protocol Protocol = Protocol.Tcp,
    string? Name = null,
    string? TargetPortName = null);
