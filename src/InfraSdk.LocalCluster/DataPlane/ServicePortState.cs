namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>One port of a Service, its targetPort already resolved to a number.</summary>
internal sealed record ServicePortState(string? Name, string Protocol, int Port, int TargetPort, int? NodePort);
