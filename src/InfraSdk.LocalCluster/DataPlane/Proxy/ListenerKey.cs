using System.Net;

namespace InfraSdk.LocalCluster.DataPlane.Proxy;

/// <summary>Where a nodePort listens: a node's address, a protocol (TCP or UDP) and the nodePort.</summary>
internal readonly record struct ListenerKey(IPAddress NodeAddress, string Protocol, int NodePort)
{
    public override string ToString() => $"{Protocol} {NodeAddress}:{NodePort}";
}
