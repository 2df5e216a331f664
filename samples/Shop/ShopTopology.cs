using InfraSdk;

namespace Shop;

/// <summary>The seed's web app on a pinned nodePort, an internal API and a UDP syslog collector.</summary>
[Topology(Namespace = "shop")]
public static partial class ShopTopology
{
    public static readonly Deployment Web = new("my-web-app")
    {
        Image = "nginx:1.27",
        Replicas = 3,
        Labels = { ["app"] = "my-web-app" },
        ContainerPorts = { 8080 },
    };

    public static readonly NodePortService WebPublic = new("my-nodeport-service")
    {
        Selector = { ["app"] = "my-web-app" },
        Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30007) },
    };

    public static readonly ClusterIPService WebInternal = new("my-web-internal")
    {
        Selector = { ["app"] = "my-web-app" },
        Ports = { new ServicePort(Port: 80, TargetPort: 8080, Name: "http") },
    };

    public static readonly Deployment Syslog = new("syslog")
    {
        Image = "balabit/syslog-ng:4.8.0",
        Replicas = 2,
        Labels = { ["app"] = "syslog" },
        ContainerPorts = { 5514 },
    };

    public static readonly NodePortService SyslogPublic = new("syslog-udp")
    {
        Selector = { ["app"] = "syslog" },
        Ports = [new ServicePort(Port: 514, TargetPort: 5514, NodePort: 30051, Protocol: Protocol.Udp, Name: "syslog")],
    };
}
