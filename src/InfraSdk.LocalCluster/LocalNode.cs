using System.Net;

namespace InfraSdk.LocalCluster;

/// <summary>A node of a local cluster: its name, its InternalIP (a loopback address of its own) and its Hostname.</summary>
public sealed record LocalNode(string Name, IPAddress InternalIP, string Hostname);
