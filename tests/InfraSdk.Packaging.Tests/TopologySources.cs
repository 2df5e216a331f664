namespace InfraSdk.Packaging.Tests;

/// <summary>The topologies the end-to-end builds compile: the seed's Shop, plus one that breaks two nodePort rules.</summary>
internal static class TopologySources
{
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
        }
        """;

    /// <summary>1-based line of the seed Service's nodePort in <see cref="Shop"/>.</summary>
    public const int ShopNodePortLine = 18;

    public const string Extra = """
        using InfraSdk;

        namespace Shop;

        [Topology(Namespace = "shop")]
        public static partial class ExtraTopology
        {
            public static readonly NodePortService Outside = new("outside")
            {
                Ports = { new ServicePort(Port: 80, NodePort: 40000) },
            };

            public static readonly NodePortService Taken = new("taken")
            {
                Ports = { new ServicePort(Port: 80, NodePort: 30007) },
            };
        }
        """;

    public const int OutsideLine = 10;
    public const int TakenLine = 15;
}
