using InfraSdk.Deploy.Access;
using InfraSdk.Deploy.Probing;

namespace InfraSdk.Deploy.Tests.Access;

/// <summary>Access models built directly, without a cluster: a small one with every case the writers treat apart, and one at full size.</summary>
internal static class AccessModels
{
    public static AccessSettings Settings(params string[] allowFrom) =>
        new(allowFrom.Select(text => AccessOptions.TryParseRange(text, out var range) ? range : throw new ArgumentException(text)).ToList(), "apps.example.test", AddressType.InternalIP, OnlyReachable: false)
        {
            Listen = "127.0.0.1",
            NameServer = "ns1.example.net.",
        };

    /// <summary>
    /// Three IPv4 nodes and one IPv6 node; a NodePort web Service (one node timed out), a named TCP+UDP DNS Service on
    /// one nodePort, a LoadBalancer with externalTrafficPolicy Local served by one node and checked on its
    /// healthCheckNodePort, a syslog UDP Service whose pods never reply, and an SCTP port.
    /// </summary>
    public static AccessModel Small(AccessSettings settings)
    {
        var nodes = new List<AccessNode>
        {
            new("node-1", "10.0.0.1"), new("node-2", "10.0.0.2"), new("node-3", "10.0.0.3"), new("node-6", "fd00::6"),
        };
        var services = new List<AccessService>();
        Add(services, nodes, "shop", "web", "NodePort", local: false, healthCheck: null, [(null, "TCP", 80, 30007)], outcome: node => node == "node-2" ? ProbeOutcome.Timeout : ProbeOutcome.Reachable);
        Add(services, nodes, "infra", "dns", "NodePort", local: false, healthCheck: null, [("dns-tcp", "TCP", 53, 30053), ("dns", "UDP", 53, 30053)], outcome: _ => ProbeOutcome.Reachable);
        Add(services, nodes.Take(1).ToList(), "shop", "checkout", "LoadBalancer", local: true, healthCheck: 30100, [("https", "TCP", 443, 30443)], outcome: _ => ProbeOutcome.Reachable);
        Add(services, nodes, "shop", "syslog", "NodePort", local: false, healthCheck: null, [("syslog", "UDP", 514, 30514)], outcome: _ => ProbeOutcome.NoReply);
        Add(services, nodes, "shop", "signal", "NodePort", local: false, healthCheck: null, [("sctp", "SCTP", 9899, 30899)], outcome: _ => ProbeOutcome.NotProbed);
        return new AccessModel(nodes, services, settings);
    }

    /// <summary>The whole default range: 2,768 Services (every 40th UDP) on five nodes, each port answering.</summary>
    public static AccessModel FullSize(AccessSettings settings, int nodeCount = 5)
    {
        var nodes = Enumerable.Range(1, nodeCount).Select(i => new AccessNode($"node-{i}", $"10.0.0.{i}")).ToList();
        var services = new List<AccessService>();
        for (var i = 0; i < 2768; i++)
        {
            var protocol = i % 40 == 39 ? "UDP" : "TCP";
            Add(services, nodes, $"team-{i % 20}", $"app-{i}", "NodePort", local: false, healthCheck: null, [("main", protocol, 8080, 30000 + i)], outcome: _ => ProbeOutcome.Reachable);
        }

        return new AccessModel(nodes, services, settings);
    }

    private static void Add(
        List<AccessService> services, IReadOnlyList<AccessNode> serving, string ns, string name, string type, bool local, int? healthCheck,
        (string? Name, string Protocol, int Port, int NodePort)[] ports, Func<string, ProbeOutcome> outcome)
    {
        var list = new List<AccessPort>();
        var service = new AccessService(ns, name, type, local, healthCheck, list);
        list.AddRange(ports.Select(port => new AccessPort(service, port.Name, port.Protocol, port.Port, port.NodePort,
            serving.Select(node => new AccessBackend(node.Name, node.Address!, outcome(node.Name))).ToList())));
        services.Add(service);
    }
}
