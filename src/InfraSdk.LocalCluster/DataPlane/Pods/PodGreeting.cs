using System.Text.Json.Serialization;

namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>The JSON body of a built-in pod's answer; <see cref="Deployment"/> is <c>namespace/name</c>.</summary>
internal sealed record PodGreeting(
    [property: JsonPropertyName("pod")] string Pod,
    [property: JsonPropertyName("node")] string Node,
    [property: JsonPropertyName("deployment")] string Deployment);
