namespace InfraSdk;

/// <summary>spec.externalTrafficPolicy of a NodePort or LoadBalancer Service.</summary>
public enum ExternalTrafficPolicy
{
    /// <summary>Every node forwards to any ready Pod, wherever it runs.</summary>
    Cluster,

    /// <summary>A node forwards only to ready Pods on that node; a node without one does not answer.</summary>
    Local,
}
