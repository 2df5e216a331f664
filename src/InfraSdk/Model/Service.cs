using k8s.Models;

namespace InfraSdk;

/// <summary>A v1 Service; the subclass chooses spec.type.</summary>
public abstract class Service(string name) : Resource<V1Service>(name)
{
    public override string Kind => "Service";

    /// <summary>spec.type: "ClusterIP", "NodePort" or "LoadBalancer".</summary>
    public abstract string Type { get; }

    /// <summary>spec.selector: the Pod labels this Service sends traffic to.</summary>
    public Dictionary<string, string> Selector { get; init; } = [];

    /// <summary>spec.ports.</summary>
    public IList<ServicePort> Ports { get; init; } = new List<ServicePort>();

    /// <summary>spec.externalTrafficPolicy; null leaves the cluster default (Cluster).</summary>
    public ExternalTrafficPolicy? ExternalTrafficPolicy { get; init; }

    /// <summary>spec.internalTrafficPolicy; null leaves the cluster default (Cluster).</summary>
    public InternalTrafficPolicy? InternalTrafficPolicy { get; init; }

    /// <summary>spec.sessionAffinity; ClientIP sends a client to the same Pod each time.</summary>
    public SessionAffinity? SessionAffinity { get; init; }

    /// <summary>How <c>verify</c> probes each nodePort; null probes with a TCP connect.</summary>
    public Probe? Probe { get; init; }
}

/// <summary>A Service reachable only inside the cluster, on its ClusterIP.</summary>
public sealed class ClusterIPService(string name) : Service(name)
{
    public override string Type => "ClusterIP";
}

/// <summary>A Service that every node exposes on its nodePorts (30000-32767 by default).</summary>
public sealed class NodePortService(string name) : Service(name)
{
    public override string Type => "NodePort";
}

/// <summary>A NodePort Service that also asks the cloud for an external load balancer.</summary>
public sealed class LoadBalancerService(string name) : Service(name)
{
    public override string Type => "LoadBalancer";

    /// <summary>spec.healthCheckNodePort; only with <see cref="InfraSdk.ExternalTrafficPolicy.Local"/>.</summary>
    public int? HealthCheckNodePort { get; init; }

    /// <summary>spec.allocateLoadBalancerNodePorts; false skips automatic nodePorts but keeps pinned ones.</summary>
    public bool? AllocateLoadBalancerNodePorts { get; init; }

    /// <summary>spec.loadBalancerSourceRanges: the client CIDRs the cloud load balancer admits.</summary>
    public List<string> LoadBalancerSourceRanges { get; init; } = [];
}

/// <summary>spec.internalTrafficPolicy of a Service.</summary>
public enum InternalTrafficPolicy
{
    Cluster,
    Local,
}

/// <summary>spec.sessionAffinity of a Service.</summary>
public enum SessionAffinity
{
    None,
    ClientIP,
}
