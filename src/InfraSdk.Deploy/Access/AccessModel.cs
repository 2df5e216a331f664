using System.Net;
using InfraSdk.Deploy.Probing;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// What the access files are written from: the live nodes, the topology's NodePort and LoadBalancer Services with their
/// live nodePorts, and for every service port the nodes that serve it (backends) with what a fresh probe found.
/// </summary>
internal sealed record AccessModel(IReadOnlyList<AccessNode> Nodes, IReadOnlyList<AccessService> Services, AccessSettings Settings)
{
    public IEnumerable<AccessPort> Ports => Services.SelectMany(service => service.Ports);

    /// <summary>The nodePorts to admit, by protocol: every service port's, and the healthCheckNodePorts (TCP).</summary>
    public IReadOnlyList<int> NodePorts(string protocol) =>
        Ports.Where(port => port.Protocol == protocol).Select(port => port.NodePort)
            .Concat(protocol == "TCP" ? Services.Select(service => service.HealthCheckNodePort).OfType<int>() : [])
            .Distinct()
            .Order()
            .ToList();

    /// <summary>The nodes' addresses that are IP addresses (a firewall cannot match a host name).</summary>
    public IReadOnlyList<IPAddress> NodeIPs => Nodes.Select(node => node.IP).OfType<IPAddress>().Distinct().ToList();
}

/// <summary>A live node and its address of the asked type (null when it has none).</summary>
internal sealed record AccessNode(string Name, string? Address)
{
    public IPAddress? IP => IPAddress.TryParse(Address, out var ip) ? ip : null;
}

/// <summary>A NodePort or LoadBalancer Service of the topology, as it is live.</summary>
internal sealed record AccessService(string Namespace, string Name, string Type, bool LocalTrafficPolicy, int? HealthCheckNodePort, IReadOnlyList<AccessPort> Ports)
{
    public string QualifiedName => $"{Namespace}/{Name}";
}

/// <summary>
/// One port of a Service with its nodePort, and the nodes that serve it: every node with an address, or under
/// externalTrafficPolicy Local only those with a ready local endpoint.
/// </summary>
internal sealed record AccessPort(AccessService Service, string? Name, string Protocol, int Port, int NodePort, IReadOnlyList<AccessBackend> Backends)
{
    /// <summary>The port's name, or its number when it has none (a single-port Service need not name it).</summary>
    public string Label => Name ?? Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A name for the port's proxy section, unique in the files: namespace, Service, nodePort and protocol.</summary>
    public string ProxyName => $"{Service.Namespace}.{Service.Name}.{NodePort}.{Protocol.ToLowerInvariant()}";

    /// <summary>UDP: whether any node's pods answered the probe's datagram (a syslog-like service never does).</summary>
    public bool Replies => Backends.Any(backend => backend.Outcome == ProbeOutcome.Reachable);
}

/// <summary>A node serving a service port, at its address and the nodePort, with what the probe found.</summary>
internal sealed record AccessBackend(string Node, string Address, ProbeOutcome Outcome)
{
    public bool Answered => Outcome == ProbeOutcome.Reachable;
}
