using System.Globalization;
using System.Text;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// haproxy.cfg: per TCP service port a frontend on its nodePort (on <see cref="AccessSettings.Listen"/>) and a backend
/// of every serving node's address and nodePort, each health-checked; a LoadBalancer Service with externalTrafficPolicy
/// Local is checked through its healthCheckNodePort (kube-proxy answers GET /healthz 200 only where a local endpoint is
/// ready), so that HAProxy follows the endpoints between rewrites.
/// </summary>
internal static class HaproxyConfigWriter
{
    public const string FileName = "haproxy.cfg";

    public static string Write(AccessModel model)
    {
        var text = new StringBuilder();
        foreach (var line in FileHeader.Lines(model, "#"))
        {
            text.Append(line).Append('\n');
        }

        var interval = Milliseconds(model.Settings.CheckInterval);
        text.Append("\nglobal\n")
            .Append("    log stderr format short local0 notice\n")
            .Append("\ndefaults\n")
            .Append("    mode tcp\n")
            .Append("    log global\n")
            .Append("    timeout connect 5s\n")
            .Append("    timeout client 1m\n")
            .Append("    timeout server 1m\n")
            .Append(CultureInfo.InvariantCulture, $"    timeout check {interval}ms\n")
            .Append("    retries 2\n")
            .Append("    option redispatch\n")
            .Append(CultureInfo.InvariantCulture, $"    default-server inter {interval}ms fall 2 rise 2 init-addr libc,none\n");
        foreach (var port in model.Ports.Where(port => port.Protocol == "TCP"))
        {
            var name = port.ProxyName;
            text.Append(CultureInfo.InvariantCulture, $"\nfrontend {name}\n")
                .Append(CultureInfo.InvariantCulture, $"    bind {FileHeader.Endpoint(model.Settings.Listen, port.NodePort)}\n")
                .Append(CultureInfo.InvariantCulture, $"    default_backend {name}\n")
                .Append(CultureInfo.InvariantCulture, $"\nbackend {name}\n")
                .Append("    balance roundrobin\n");
            var healthCheckPort = port.Service.LocalTrafficPolicy ? port.Service.HealthCheckNodePort : null;
            if (healthCheckPort is not null)
            {
                text.Append("    option httpchk GET /healthz\n");
            }

            foreach (var backend in port.Backends)
            {
                text.Append(CultureInfo.InvariantCulture, $"    server {backend.Node} {FileHeader.Endpoint(backend.Address, port.NodePort)} check");
                if (healthCheckPort is { } checkPort)
                {
                    text.Append(CultureInfo.InvariantCulture, $" port {checkPort}");
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static long Milliseconds(TimeSpan span) => (long)Math.Max(1, span.TotalMilliseconds);
}
