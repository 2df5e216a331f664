using System.Globalization;
using System.Net.Sockets;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// The records of the zone: <c>&lt;node&gt;.node</c> per node address, <c>&lt;service&gt;.&lt;namespace&gt;</c> with
/// an A (or AAAA) record per node serving every port of the Service, and per port
/// <c>_&lt;port-name&gt;._&lt;protocol&gt;.&lt;service&gt;.&lt;namespace&gt;</c> SRV records pointing at the serving nodes
/// and the nodePort (a port without a name is named by its number). With --only-reachable a node must also have
/// answered the probe.
/// </summary>
internal static class ZoneRecords
{
    public static IReadOnlyList<DnsRecord> Of(AccessModel model)
    {
        var records = new List<DnsRecord>();
        foreach (var node in model.Nodes.Where(node => node.IP is not null))
        {
            records.Add(new DnsRecord(NodeName(node.Name), AddressType(node.IP!.AddressFamily), node.IP.ToString()));
        }

        var nodesByName = model.Nodes.ToDictionary(node => node.Name, StringComparer.Ordinal);
        foreach (var service in model.Services)
        {
            var name = $"{service.Name}.{service.Namespace}";
            var servingAll = service.Ports
                .Select(port => Serving(port, model.Settings.OnlyReachable).Select(backend => backend.Node))
                .Aggregate((IEnumerable<string>?)null, (all, nodes) => all is null ? nodes : all.Intersect(nodes, StringComparer.Ordinal)) ?? [];
            foreach (var node in servingAll.Select(node => nodesByName[node]).Where(node => node.IP is not null))
            {
                records.Add(new DnsRecord(name, AddressType(node.IP!.AddressFamily), node.IP.ToString()));
            }

            foreach (var port in service.Ports.Where(port => port.Protocol is "TCP" or "UDP" or "SCTP"))
            {
                foreach (var backend in Serving(port, model.Settings.OnlyReachable))
                {
                    var node = nodesByName[backend.Node];
                    var target = node.IP is null ? backend.Address.TrimEnd('.') + "." : NodeName(node.Name);
                    records.Add(new DnsRecord(
                        $"_{port.Label}._{port.Protocol.ToLowerInvariant()}.{name}", "SRV",
                        string.Create(CultureInfo.InvariantCulture, $"0 1 {port.NodePort} {target}")));
                }
            }
        }

        return records;
    }

    private static IEnumerable<AccessBackend> Serving(AccessPort port, bool onlyReachable) =>
        port.Backends.Where(backend => !onlyReachable || backend.Answered);

    private static string NodeName(string node) => $"{node}.node";

    private static string AddressType(AddressFamily family) => family == AddressFamily.InterNetworkV6 ? "AAAA" : "A";
}
