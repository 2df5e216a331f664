using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using InfraSdk.CodeFixes;

namespace InfraSdk.Analyzers.Tests.CodeFixes;

public sealed class ClusterIPNodePortCodeFixTests
{
    [Fact]
    public async Task Change_to_NodePortService_changes_the_declared_type_and_an_explicit_creation()
    {
        await new TopologyCodeFixTest<ClusterIPNodePortAnalyzer, ClusterIPNodePortCodeFixProvider>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly ClusterIPService Api = new ClusterIPService("api")
                {
                    Ports = { new ServicePort(Port: 80, NodePort: {|IS0006:30080|}) },
                };
            }
            """, """
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Api = new NodePortService("api")
                {
                    Ports = { new ServicePort(Port: 80, NodePort: 30080) },
                };
            }
            """)
        {
            CodeActionEquivalenceKey = "ChangeToNodePortAsync",
        }.RunAsync();
    }

    [Fact]
    public async Task Remove_nodePort_names_the_positional_arguments_after_it()
    {
        await new TopologyCodeFixTest<ClusterIPNodePortAnalyzer, ClusterIPNodePortCodeFixProvider>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly ClusterIPService Api = new("api")
                {
                    Ports =
                    [
                        new ServicePort(80, 8080, {|IS0006:30080|}, Protocol.Udp, "dns"),
                        new ServicePort(Port: 81, NodePort: {|IS0006:30081|}, Name: "alt"),
                    ],
                };
            }
            """, """
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly ClusterIPService Api = new("api")
                {
                    Ports =
                    [
                        new ServicePort(80, 8080, Protocol: Protocol.Udp, Name: "dns"),
                        new ServicePort(Port: 81, Name: "alt"),
                    ],
                };
            }
            """)
        {
            CodeActionEquivalenceKey = "RemoveNodePortAsync",
        }.RunAsync();
    }

    [Fact]
    public async Task Change_to_NodePortService_once_for_a_Service_with_several_nodePorts()
    {
        await new TopologyCodeFixTest<ClusterIPNodePortAnalyzer, ClusterIPNodePortCodeFixProvider>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly ClusterIPService Api = new("api")
                {
                    Ports =
                    [
                        new ServicePort(Port: 80, NodePort: {|IS0006:30080|}, Name: "http"),
                        new ServicePort(Port: 443, NodePort: {|IS0006:30443|}, Name: "https"),
                    ],
                };
            }
            """, """
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Api = new("api")
                {
                    Ports =
                    [
                        new ServicePort(Port: 80, NodePort: 30080, Name: "http"),
                        new ServicePort(Port: 443, NodePort: 30443, Name: "https"),
                    ],
                };
            }
            """)
        {
            CodeActionEquivalenceKey = "ChangeToNodePortAsync",
            NumberOfIncrementalIterations = 1,
        }.RunAsync();
    }
}
