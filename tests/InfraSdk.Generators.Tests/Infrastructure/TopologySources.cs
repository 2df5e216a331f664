namespace InfraSdk.Generators.Tests.Infrastructure;

/// <summary>Topology sources shared by several tests.</summary>
internal static class TopologySources
{
    /// <summary>
    /// The seed's web app and internal Service as in the Shop sample, plus a LoadBalancer whose UDP and TCP ports share
    /// nodePort 30053: every Service type the generator writes. Not the sample file itself, whose edits would move the
    /// snapshots.
    /// </summary>
    public const string Shop = """
        using InfraSdk;

        namespace Shop;

        [Topology(Namespace = "shop")]
        public static partial class ShopTopology
        {
            public static readonly Deployment Web = new("my-web-app")
            {
                Replicas = 3,
                Labels = { ["app"] = "my-web-app" },
                Container = new("nginx:1.27") { Ports = { new(8080) } },
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

            public static readonly LoadBalancerService Edge = new("edge")
            {
                ExternalTrafficPolicy = ExternalTrafficPolicy.Local,
                HealthCheckNodePort = 30099,
                Selector = { ["app"] = "my-web-app" },
                Ports = [new ServicePort(Port: 53, NodePort: 30053, Protocol: Protocol.Udp, Name: "dns-udp"), new ServicePort(Port: 53, NodePort: 30053, Name: "dns-tcp")],
            };
        }
        """;

    public const string Unrelated = """
        namespace Other;

        public static class Unrelated
        {
            public const int Value = 1;
        }
        """;
}
