namespace InfraSdk;

/// <summary>
/// One entry of spec.ports. <paramref name="TargetPort"/> defaults to <paramref name="Port"/> on the cluster;
/// <paramref name="NodePort"/> pins the port every node opens (NodePort and LoadBalancer Services only).
/// </summary>
public sealed record ServicePort(
    int Port,
    int? TargetPort = null,
    int? NodePort = null,
    Protocol Protocol = Protocol.Tcp,
    string? Name = null);
