namespace InfraSdk.LocalCluster.DataPlane.Proxy;

/// <summary>How a node treats traffic to one of its nodePorts. Rejected traffic has no listener at all, so the
/// kernel refuses it, as kube-proxy's REJECT rule does.</summary>
internal enum ListenerMode
{
    /// <summary>Forwarded to a ready pod.</summary>
    Forward,

    /// <summary>Silently dropped, as a firewall or kube-proxy's DROP rule does: connects time out.</summary>
    Drop,
}
