using System.Net;

namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>A node of the cluster: its name, its address, and the fault set by the <c>infrasdk.io/fault</c>
/// annotation (<c>"drop"</c>, <c>"refuse"</c> or <c>null</c> when healthy).</summary>
internal sealed record NodeState(string Name, IPAddress Address, string? Fault);
