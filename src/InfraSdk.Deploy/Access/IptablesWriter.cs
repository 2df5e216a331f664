using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// firewall.iptables: the rules of firewall.nft in iptables-restore format (IPv4), in the raw table so that they see the
/// nodePort before kube-proxy's DNAT. Three chains, linear in nodes plus ports plus sources: INFRASDK-ACCESS sends
/// traffic to a node address on to INFRASDK-NODEPORTS, which sends the nodePorts (multiport, up to 15 ports or ranges a
/// rule) to INFRASDK-SOURCES, which accepts the allowed sources and drops the rest. Loaded with
/// <c>iptables-restore --noflush</c>, only these chains are replaced; the jump from PREROUTING is added once by hand.
/// </summary>
internal static class IptablesWriter
{
    public const string FileName = "firewall.iptables";

    public const string Entry = "INFRASDK-ACCESS";

    private const string PortsChain = "INFRASDK-NODEPORTS";

    private const string SourcesChain = "INFRASDK-SOURCES";

    // multiport takes at most 15 ports a rule, a range counting as two.
    private const int MultiportSlots = 15;

    public static string Write(AccessModel model)
    {
        var rules = new FirewallRules(model);
        var text = new StringBuilder();
        foreach (var line in FileHeader.Lines(model, "#"))
        {
            text.Append(line).Append('\n');
        }

        text.Append("# ").Append(rules.SourcesNote).Append('\n')
            .Append("# Load with: iptables-restore --noflush firewall.iptables (replaces these chains only).\n")
            .Append(CultureInfo.InvariantCulture, $"# Once per node: iptables -t raw -I PREROUTING -j {Entry}\n");
        var ipv6 = rules.Nodes(AddressFamily.InterNetworkV6).Count + rules.Sources(AddressFamily.InterNetworkV6).Count;
        if (ipv6 > 0 || rules.NodesWithoutIP > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"# IPv4 only: {ipv6} IPv6 address(es) or range(s) and {rules.NodesWithoutIP} node(s) known by a host name are in firewall.nft's terms only.\n");
        }

        text.Append("*raw\n")
            .Append(CultureInfo.InvariantCulture, $":{Entry} - [0:0]\n:{PortsChain} - [0:0]\n:{SourcesChain} - [0:0]\n");
        foreach (var node in rules.Nodes(AddressFamily.InterNetwork))
        {
            text.Append(CultureInfo.InvariantCulture, $"-A {Entry} -d {node}/32 -j {PortsChain}\n");
        }

        foreach (var (protocol, ports) in new[] { ("tcp", rules.TcpPorts), ("udp", rules.UdpPorts) })
        {
            foreach (var group in Multiport(ports))
            {
                text.Append(CultureInfo.InvariantCulture, $"-A {PortsChain} -p {protocol} -m multiport --dports {group} -j {SourcesChain}\n");
            }
        }

        if (model.Settings.AnySource)
        {
            text.Append(CultureInfo.InvariantCulture, $"-A {SourcesChain} -j ACCEPT\n");
        }
        else
        {
            foreach (var source in rules.Sources(AddressFamily.InterNetwork))
            {
                text.Append(CultureInfo.InvariantCulture, $"-A {SourcesChain} -s {source} -j ACCEPT\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"-A {SourcesChain} -j DROP\n");
        }

        text.Append("COMMIT\n");
        return text.ToString();
    }

    /// <summary>The ports (sorted) as multiport lists: consecutive ports become a range, at most 15 slots a list.</summary>
    internal static IEnumerable<string> Multiport(IReadOnlyList<int> ports)
    {
        var items = new List<string>();
        var slots = 0;
        for (var i = 0; i < ports.Count;)
        {
            var last = i;
            while (last + 1 < ports.Count && ports[last + 1] == ports[last] + 1)
            {
                last++;
            }

            var (item, cost) = last > i ? ($"{ports[i]}:{ports[last]}", 2) : (ports[i].ToString(CultureInfo.InvariantCulture), 1);
            if (slots + cost > MultiportSlots)
            {
                yield return string.Join(',', items);
                items.Clear();
                slots = 0;
            }

            items.Add(item);
            slots += cost;
            i = last + 1;
        }

        if (items.Count > 0)
        {
            yield return string.Join(',', items);
        }
    }
}
