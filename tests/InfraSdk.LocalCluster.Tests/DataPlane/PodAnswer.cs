namespace InfraSdk.LocalCluster.Tests.DataPlane;

/// <summary>A pod's JSON answer as read off the wire.</summary>
internal sealed record PodAnswer(string Pod, string Node, string Deployment);
