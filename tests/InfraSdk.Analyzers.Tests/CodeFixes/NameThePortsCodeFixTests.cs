using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using InfraSdk.CodeFixes;

namespace InfraSdk.Analyzers.Tests.CodeFixes;

public sealed class NameThePortsCodeFixTests
{
    [Fact]
    public async Task Every_unnamed_port_gets_a_unique_protocol_port_name()
    {
        await new TopologyCodeFixTest<ServicePortNameAnalyzer, NameThePortsCodeFixProvider>("""
            using InfraSdk;

            [Topology]
            public static partial class DnsTopology
            {
                public static readonly NodePortService Dns = new("dns")
                {
                    Ports =
                    [
                        {|IS0005:new ServicePort(Port: 53, NodePort: 30053, Protocol: Protocol.Udp)|},
                        {|IS0005:new ServicePort(Port: 53, NodePort: 30053)|},
                        new ServicePort(Port: 80, NodePort: 30054, Name: "tcp-80"),
                        {|IS0005:new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30055)|},
                    ],
                };
            }
            """, """
            using InfraSdk;

            [Topology]
            public static partial class DnsTopology
            {
                public static readonly NodePortService Dns = new("dns")
                {
                    Ports =
                    [
                        new ServicePort(Port: 53, NodePort: 30053, Protocol: Protocol.Udp, Name: "udp-53"),
                        new ServicePort(Port: 53, NodePort: 30053, Name: "tcp-53"),
                        new ServicePort(Port: 80, NodePort: 30054, Name: "tcp-80"),
                        new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30055, Name: "tcp-80-2"),
                    ],
                };
            }
            """)
        {
            NumberOfIncrementalIterations = 1,
        }.RunAsync();
    }

    [Fact]
    public async Task Duplicate_or_invalid_names_offer_no_naming_fix()
    {
        await new TopologyCodeFixTest<ServicePortNameAnalyzer, NameThePortsCodeFixProvider>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly ClusterIPService Api = new("api")
                {
                    Ports = [new ServicePort(80, Name: "http"), new ServicePort(81, Name: {|IS0005:"http"|})],
                };
            }
            """, """
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly ClusterIPService Api = new("api")
                {
                    Ports = [new ServicePort(80, Name: "http"), new ServicePort(81, Name: {|IS0005:"http"|})],
                };
            }
            """).RunAsync();
    }
}
