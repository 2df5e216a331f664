using System.Net;
using InfraSdk.LocalCluster.DataPlane.Pods;

namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>A running built-in pod, as the API server reports it in Endpoints, Pods and status; <see cref="Deployment"/>
/// names the workload it belongs to (its ReplicaSet's Deployment), <see cref="Log"/> is its container log.</summary>
internal sealed record PodInfo(
    string Namespace,
    string Name,
    string Deployment,
    string NodeName,
    IPAddress Address,
    IReadOnlyList<int> Ports,
    bool Ready,
    IReadOnlyDictionary<string, string> Labels,
    PodLog? Log = null,
    DateTimeOffset StartedAt = default);
