using System.Net;
using System.Net.Sockets;

namespace InfraSdk.Deploy.Access;

/// <summary>What both firewall files admit, by address family: the nodes' addresses, the allowed sources and the nodePorts.</summary>
internal sealed record FirewallRules(AccessModel Model)
{
    public const string AnySourceNote = "No --allow-from was given: the nodePorts are admitted from ANY source.";

    public IReadOnlyList<int> TcpPorts { get; } = Model.NodePorts("TCP");

    public IReadOnlyList<int> UdpPorts { get; } = Model.NodePorts("UDP");

    public IReadOnlyList<IPAddress> Nodes(AddressFamily family) => Model.NodeIPs.Where(ip => ip.AddressFamily == family).ToList();

    public IReadOnlyList<IPNetwork> Sources(AddressFamily family) => Model.Settings.AllowFrom.Where(range => range.BaseAddress.AddressFamily == family).ToList();

    /// <summary>Nodes known only by a host name: a firewall matches addresses, so they are left out (and said so).</summary>
    public int NodesWithoutIP => Model.Nodes.Count(node => node.Address is not null && node.IP is null);

    /// <summary>The comment that says which sources are admitted.</summary>
    public string SourcesNote => Model.Settings.AnySource
        ? AnySourceNote
        : $"Admitted sources: {string.Join(", ", Model.Settings.AllowFrom)}; other sources are dropped on these nodePorts.";
}
