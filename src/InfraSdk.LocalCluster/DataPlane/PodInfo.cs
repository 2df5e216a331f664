using System.Net;

namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>A running built-in pod, as the API server reports it in Endpoints and Deployment status.</summary>
internal sealed record PodInfo(
    string Namespace,
    string Name,
    string Deployment,
    string NodeName,
    IPAddress Address,
    IReadOnlyList<int> Ports,
    bool Ready,
    IReadOnlyDictionary<string, string> Labels);
