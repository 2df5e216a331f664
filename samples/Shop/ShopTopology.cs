using InfraSdk;
using k8s.Models;

namespace Shop;

/// <summary>
/// The seed's web app on its pinned nodePort, as a team runs it in production: configuration and a Secret in its
/// environment, resources, probes on named ports, an Ingress, a disruption budget and a network policy; beside it an
/// internal Service and a UDP syslog collector.
/// </summary>
[Topology(Namespace = "shop")]
public static partial class ShopTopology
{
    public static readonly ConfigMap Config = new("shop-config")
    {
        Data = { ["LOG_LEVEL"] = "info", ["CATALOG_URL"] = "http://my-web-internal" },
        Files = { ["appsettings.json"] = "config/appsettings.json" },
    };

    /// <summary>The database password: read from SHOP_DB_PASSWORD when a command runs, never compiled in.</summary>
    public static readonly Secret Database = new("shop-db")
    {
        Values = { ["password"] = new FromEnvironment("SHOP_DB_PASSWORD") },
    };

    public static readonly Deployment Web = new("my-web-app")
    {
        Replicas = 3,
        Labels = { ["app"] = "my-web-app" },
        Container = new("nginx:1.27")
        {
            Ports = { new(8080, "http") },
            Env = { ["ASPNETCORE_URLS"] = "http://+:8080" },
            EnvFrom =
            {
                ["LOG_LEVEL"] = new ConfigMapKey("shop-config", "LOG_LEVEL"),
                ["DB_PASSWORD"] = new SecretKey("shop-db", "password"),
                ["POD_NAME"] = new PodFieldRef(PodField.Name),
            },
            Requests = new(Cpu: "100m", Memory: "128Mi"),
            Limits = new(Cpu: "500m", Memory: "256Mi"),
            ReadinessProbe = new HttpGetCheck("/healthz", PortName: "http") { PeriodSeconds = 5 },
            LivenessProbe = new TcpSocketCheck(PortName: "http") { InitialDelaySeconds = 10 },
            VolumeMounts = { new("config", "/app/config", ReadOnly: true) },
        },
        Volumes = { new ConfigMapVolume("config", "shop-config") },
        Strategy = new RollingUpdateStrategy(MaxSurge: "1", MaxUnavailable: "0"),
    };

    public static readonly NodePortService WebPublic = new("my-nodeport-service")
    {
        Selector = { ["app"] = "my-web-app" },
        Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30007) },
    };

    public static readonly ClusterIPService WebInternal = new("my-web-internal")
    {
        Selector = { ["app"] = "my-web-app" },
        Ports = { new ServicePort(Port: 80, TargetPortName: "http", Name: "http") },
    };

    public static readonly Ingress WebIngress = new("shop")
    {
        Rules = { new IngressRule("shop.example.com") { Paths = { new("/", "my-web-internal", Port: 80) } } },
    };

    public static readonly PodDisruptionBudget WebBudget = new("my-web-app")
    {
        Deployment = "my-web-app",
        MinAvailable = "2",
    };

    /// <summary>No type for this in the model: any KubernetesClient object joins the topology as it is.</summary>
    public static readonly V1NetworkPolicy WebPolicy = new()
    {
        Metadata = new() { Name = "my-web-app" },
        Spec = new()
        {
            PodSelector = new() { MatchLabels = new Dictionary<string, string> { ["app"] = "my-web-app" } },
            PolicyTypes = ["Ingress"],
            Ingress = [new() { Ports = [new() { Port = 8080, Protocol = "TCP" }] }],
        },
    };

    public static readonly Deployment Syslog = new("syslog")
    {
        Replicas = 2,
        Labels = { ["app"] = "syslog" },
        Container = new("balabit/syslog-ng:4.8.0") { Ports = { new(5514, "syslog", Protocol.Udp) } },
    };

    public static readonly NodePortService SyslogPublic = new("syslog-udp")
    {
        Selector = { ["app"] = "syslog" },
        Ports = [new ServicePort(Port: 514, TargetPort: 5514, NodePort: 30051, Protocol: Protocol.Udp, Name: "syslog")],
    };
}
