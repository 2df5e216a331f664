using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// firewall.nft: the table <c>inet infrasdk_access</c>, replaced whole when loaded (<c>nft -f firewall.nft</c>), with sets
/// of the node addresses, the allowed sources and the TCP and UDP nodePorts, and a prerouting chain at raw priority (so
/// it sees the nodePort before kube-proxy's DNAT) that accepts the nodePorts from the allowed sources and drops them from
/// any other; all other traffic passes untouched.
/// </summary>
internal static class NftablesWriter
{
    public const string FileName = "firewall.nft";

    private const string Table = "infrasdk_access";

    public static string Write(AccessModel model)
    {
        var rules = new FirewallRules(model);
        var text = new StringBuilder();
        foreach (var line in FileHeader.Lines(model, "#"))
        {
            text.Append(line).Append('\n');
        }

        text.Append("# ").Append(rules.SourcesNote).Append('\n');
        if (rules.NodesWithoutIP > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"# {rules.NodesWithoutIP} node(s) known only by a host name are not matched.\n");
        }

        // Declaring the table first makes the delete succeed when it does not exist yet: the load replaces it atomically.
        text.Append(CultureInfo.InvariantCulture, $"table inet {Table}\ndelete table inet {Table}\n\ntable inet {Table} {{\n");
        (AddressFamily Family, string Ip, string Type, string Suffix)[] families = [(AddressFamily.InterNetwork, "ip", "ipv4_addr", "v4"), (AddressFamily.InterNetworkV6, "ip6", "ipv6_addr", "v6")];
        foreach (var family in families)
        {
            Set(text, $"nodes_{family.Suffix}", family.Type, rules.Nodes(family.Family).Select(ip => ip.ToString()), interval: false);
            if (!model.Settings.AnySource)
            {
                Set(text, $"allowed_{family.Suffix}", family.Type, rules.Sources(family.Family).Select(range => range.ToString()), interval: true);
            }
        }

        Set(text, "tcp_node_ports", "inet_service", rules.TcpPorts.Select(Number), interval: false);
        Set(text, "udp_node_ports", "inet_service", rules.UdpPorts.Select(Number), interval: false);
        text.Append("    chain prerouting {\n")
            .Append("        type filter hook prerouting priority raw; policy accept;\n");
        foreach (var family in families)
        {
            foreach (var protocol in new[] { "tcp", "udp" })
            {
                var match = $"{family.Ip} daddr @nodes_{family.Suffix} {protocol} dport @{protocol}_node_ports";
                if (model.Settings.AnySource)
                {
                    text.Append(CultureInfo.InvariantCulture, $"        {match} accept\n");
                }
                else
                {
                    text.Append(CultureInfo.InvariantCulture, $"        {match} {family.Ip} saddr @allowed_{family.Suffix} accept\n")
                        .Append(CultureInfo.InvariantCulture, $"        {match} drop\n");
                }
            }
        }

        text.Append("    }\n}\n");
        return text.ToString();
    }

    private static void Set(StringBuilder text, string name, string type, IEnumerable<string> elements, bool interval)
    {
        text.Append(CultureInfo.InvariantCulture, $"    set {name} {{\n        type {type}\n");
        if (interval)
        {
            text.Append("        flags interval\n");
        }

        var list = elements.ToList();
        if (list.Count > 0)
        {
            text.Append("        elements = {");
            for (var i = 0; i < list.Count; i++)
            {
                text.Append(i == 0 ? " " : i % 16 == 0 ? ",\n            " : ", ").Append(list[i]);
            }

            text.Append(" }\n");
        }

        text.Append("    }\n");
    }

    private static string Number(int port) => port.ToString(CultureInfo.InvariantCulture);
}
