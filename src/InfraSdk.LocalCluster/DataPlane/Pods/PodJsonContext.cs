using System.Text.Json.Serialization;

namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>Serializes the pod greeting without reflection.</summary>
[JsonSerializable(typeof(PodGreeting))]
internal sealed partial class PodJsonContext : JsonSerializerContext;
