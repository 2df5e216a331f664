using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// access.json: the same as data, for cloud firewall and security-group tooling: the nodes, every service port with its
/// backends and probe result, the firewall's sources, addresses and nodePorts, and the zone's records.
/// </summary>
internal static class AccessJsonWriter
{
    public const string FileName = "access.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Write(AccessModel model)
    {
        var rules = new FirewallRules(model);
        var document = new
        {
            nodes = model.Nodes.Select(node => new { name = node.Name, address = node.Address }),
            services = model.Services.Select(service => new
            {
                @namespace = service.Namespace,
                name = service.Name,
                type = service.Type,
                externalTrafficPolicy = service.LocalTrafficPolicy ? "Local" : "Cluster",
                healthCheckNodePort = service.HealthCheckNodePort,
                ports = service.Ports.Select(port => new
                {
                    name = port.Name,
                    protocol = port.Protocol,
                    port = port.Port,
                    nodePort = port.NodePort,
                    backends = port.Backends.Select(backend => new { node = backend.Node, address = backend.Address, result = backend.Outcome }),
                }),
            }),
            firewall = new
            {
                anySource = model.Settings.AnySource,
                allowFrom = model.Settings.AllowFrom.Select(range => range.ToString()),
                nodeAddresses = model.NodeIPs.Select(ip => ip.ToString()),
                tcpNodePorts = rules.TcpPorts,
                udpNodePorts = rules.UdpPorts,
            },
            dns = model.Settings.Zone is { } zone
                ? new
                {
                    zone = zone.TrimEnd('.'),
                    ttl = ZoneFileWriter.Ttl,
                    records = ZoneRecords.Of(model).Select(record => new { name = $"{record.Name}.{zone.TrimEnd('.')}", type = record.Type, data = record.Data }),
                }
                : null,
        };
        return JsonSerializer.Serialize(document, Options) + "\n";
    }
}
