namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>A topology shaped like the Shop sample (web app on nodePort 30007, internal API, UDP syslog whose pods echo datagrams), built at run time.</summary>
internal static class ShopLike
{
    public const string Topology = "ShopTopology";
    public const string Namespace = "shop";

    public static TopologyManifests Create(
        bool withExtraService = false,
        int webNodePort = 30007,
        string extraServiceName = "my-legacy-service",
        string topology = Topology,
        string ns = Namespace,
        IDictionary<string, string>? webLabels = null)
    {
        var resources = new List<Resource>
        {
            new Deployment("my-web-app")
            {
                Replicas = 3,
                Labels = new Dictionary<string, string>(webLabels ?? new Dictionary<string, string>()) { ["app"] = "my-web-app" },
                Container = new("nginx:1.27") { Ports = { new(8080) } },
            },
            new NodePortService("my-nodeport-service")
            {
                Selector = { ["app"] = "my-web-app" },
                Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: webNodePort) },
            },
            new ClusterIPService("my-web-internal")
            {
                Selector = { ["app"] = "my-web-app" },
                Ports = { new ServicePort(Port: 80, TargetPort: 8080, Name: "http") },
            },
            new Deployment("syslog") { Replicas = 2, Labels = { ["app"] = "syslog" }, Container = new("balabit/syslog-ng:4.8.0") { Ports = { new(5514, "syslog", Protocol.Udp) } } },
            new NodePortService("syslog-udp")
            {
                Selector = { ["app"] = "syslog" },
                Ports = [new ServicePort(Port: 514, TargetPort: 5514, NodePort: 30514, Protocol: Protocol.Udp, Name: "syslog")],
            },
        };
        if (withExtraService)
        {
            resources.Add(new NodePortService(extraServiceName)
            {
                Selector = { ["app"] = "my-web-app" },
                Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30008) },
                Probe = new HttpProbe("/healthz"),
            });
        }

        var manifests = resources.Select(resource => Manifest.From(resource, topology, ns)).Prepend(Manifest.ForNamespace(ns, topology)).ToList();
        return new TopologyManifests(topology, ns, manifests, resources);
    }
}
