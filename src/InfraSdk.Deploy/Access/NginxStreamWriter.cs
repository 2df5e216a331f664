using System.Globalization;
using System.Text;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// nginx-stream.conf: a <c>stream</c> block (include it at the top level of nginx.conf, with the stream module loaded)
/// with per TCP and UDP service port an upstream of the serving nodes' addresses and nodePort and a server listening on
/// the nodePort. nginx without a commercial licence has no active health checks: a node that fails a connection (or,
/// for UDP, lets a datagram that expects a reply go unanswered) is left out for <see cref="FailTimeout"/>. A UDP port
/// whose pods answered the probe expects one reply per datagram; one whose pods never answered (syslog) expects none.
/// </summary>
internal static class NginxStreamWriter
{
    public const string FileName = "nginx-stream.conf";

    public const string FailTimeout = "10s";

    public static string Write(AccessModel model)
    {
        var text = new StringBuilder();
        foreach (var line in FileHeader.Lines(model, "#"))
        {
            text.Append(line).Append('\n');
        }

        var listening = model.Ports.Count(port => port.Protocol is "TCP" or "UDP" && port.Backends.Count > 0);
        text.Append("# Include at the top level of nginx.conf (not inside http), with the stream module loaded.\n")
            .Append(CultureInfo.InvariantCulture, $"# {listening} listening sockets: nginx's events {{ worker_connections }} must be above {listening} plus the connections to carry.\n")
            .Append("stream {\n");
        foreach (var port in model.Ports.Where(port => port.Protocol is "TCP" or "UDP"))
        {
            var name = port.ProxyName;
            var udp = port.Protocol == "UDP";
            if (port.Backends.Count == 0)
            {
                // An upstream needs a server: the port stays closed until a node serves it.
                text.Append(CultureInfo.InvariantCulture, $"\n    # {name}: no node serves it.\n");
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"\n    upstream {name} {{\n");
            foreach (var backend in port.Backends)
            {
                text.Append(CultureInfo.InvariantCulture, $"        server {FileHeader.Endpoint(backend.Address, port.NodePort)} max_fails=1 fail_timeout={FailTimeout};\n");
            }

            text.Append("    }\n")
                .Append("    server {\n")
                .Append(CultureInfo.InvariantCulture, $"        listen {FileHeader.Endpoint(model.Settings.Listen, port.NodePort)}{(udp ? " udp" : "")};\n")
                .Append(CultureInfo.InvariantCulture, $"        proxy_pass {name};\n");
            if (udp)
            {
                text.Append(CultureInfo.InvariantCulture, $"        proxy_responses {(port.Replies ? 1 : 0)};\n")
                    .Append("        proxy_timeout 2s;\n");
            }
            else
            {
                text.Append("        proxy_connect_timeout 2s;\n");
            }

            text.Append("    }\n");
        }

        text.Append("}\n");
        return text.ToString();
    }
}
