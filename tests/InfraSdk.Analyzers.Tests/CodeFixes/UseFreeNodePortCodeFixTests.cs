using InfraSdk.Analyzers.Rules;
using InfraSdk.Analyzers.Tests.Verifiers;
using InfraSdk.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace InfraSdk.Analyzers.Tests.CodeFixes;

public sealed class UseFreeNodePortCodeFixTests
{
    [Fact]
    public async Task Out_of_range_nodePort_gets_the_lowest_free_port_of_the_static_band()
    {
        await new TopologyCodeFixTest<NodePortRangeAnalyzer, UseFreeNodePortCodeFixProvider>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService A = new("a") { Ports = { new ServicePort(Port: 80, NodePort: 30000) } };
                public static readonly NodePortService B = new("b") { Ports = { new ServicePort(Port: 80, NodePort: 30001) } };
                public static readonly NodePortService Web = new("web") { Ports = { new ServicePort(Port: 80, NodePort: {|IS0001:40000|}) } };
            }
            """, """
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService A = new("a") { Ports = { new ServicePort(Port: 80, NodePort: 30000) } };
                public static readonly NodePortService B = new("b") { Ports = { new ServicePort(Port: 80, NodePort: 30001) } };
                public static readonly NodePortService Web = new("web") { Ports = { new ServicePort(Port: 80, NodePort: 30002) } };
            }
            """)
        {
            CodeActionEquivalenceKey = UseFreeNodePortCodeFixProvider.EquivalenceKey,
        }.RunAsync();
    }

    [Fact]
    public async Task Fix_all_in_the_project_never_picks_the_same_port_twice_and_keeps_one_claimant()
    {
        await new TopologyCodeFixTest<NodePortConflictAnalyzer, UseFreeNodePortCodeFixProvider>(
            [
                """
                using InfraSdk;

                [Topology]
                public static partial class ShopTopology
                {
                    public static readonly NodePortService A = new("a") { Ports = { new ServicePort(Port: 80, NodePort: {|IS0002:30000|}) } };
                    public static readonly NodePortService B = new("b") { Ports = { new ServicePort(Port: 80, NodePort: {|IS0002:30000|}) } };
                }
                """,
                """
                using InfraSdk;

                [Topology]
                public static partial class BillingTopology
                {
                    public static readonly NodePortService C = new("c") { Ports = { new ServicePort(Port: 80, NodePort: {|IS0002:30000|}) } };
                    public static readonly NodePortService D = new("d") { Ports = { new ServicePort(Port: 80, NodePort: {|IS0002:30002|}) } };
                    public static readonly NodePortService E = new("e") { Ports = { new ServicePort(Port: 80, NodePort: {|IS0002:30002|}) } };
                }
                """,
            ],
            [
                // One fix at a time: A moves to 30001, then B to 30003 (C is alone on 30000 by then), then D to 30004.
                """
                using InfraSdk;

                [Topology]
                public static partial class ShopTopology
                {
                    public static readonly NodePortService A = new("a") { Ports = { new ServicePort(Port: 80, NodePort: 30001) } };
                    public static readonly NodePortService B = new("b") { Ports = { new ServicePort(Port: 80, NodePort: 30003) } };
                }
                """,
                """
                using InfraSdk;

                [Topology]
                public static partial class BillingTopology
                {
                    public static readonly NodePortService C = new("c") { Ports = { new ServicePort(Port: 80, NodePort: 30000) } };
                    public static readonly NodePortService D = new("d") { Ports = { new ServicePort(Port: 80, NodePort: 30004) } };
                    public static readonly NodePortService E = new("e") { Ports = { new ServicePort(Port: 80, NodePort: 30002) } };
                }
                """,
            ])
        {
            CodeActionEquivalenceKey = UseFreeNodePortCodeFixProvider.EquivalenceKey,
            NumberOfIncrementalIterations = 3,
            // Document scope cannot see the other file's claimant of 30000, so it moves A and B both: a different, also valid, result.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck,
        }
        .WithFixAllResult(
            // Fix-all in the project or solution: A and D keep their ports; B, C and E get 30001, 30003 and 30004, in source order.
                """
                using InfraSdk;

                [Topology]
                public static partial class ShopTopology
                {
                    public static readonly NodePortService A = new("a") { Ports = { new ServicePort(Port: 80, NodePort: 30000) } };
                    public static readonly NodePortService B = new("b") { Ports = { new ServicePort(Port: 80, NodePort: 30001) } };
                }
                """,
                """
                using InfraSdk;

                [Topology]
                public static partial class BillingTopology
                {
                    public static readonly NodePortService C = new("c") { Ports = { new ServicePort(Port: 80, NodePort: 30003) } };
                    public static readonly NodePortService D = new("d") { Ports = { new ServicePort(Port: 80, NodePort: 30002) } };
                    public static readonly NodePortService E = new("e") { Ports = { new ServicePort(Port: 80, NodePort: 30004) } };
                }
                """)
        .RunAsync();
    }

    [Fact]
    public async Task Fix_all_in_the_solution_treats_every_project_as_one_cluster()
    {
        var test = new TopologyCodeFixTest<NodePortConflictAnalyzer, UseFreeNodePortCodeFixProvider>(
            """
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService A = new("a") { Ports = { new ServicePort(Port: 80, NodePort: {|IS0002:30000|}) } };
                public static readonly NodePortService B = new("b") { Ports = { new ServicePort(Port: 80, NodePort: {|IS0002:30000|}) } };
            }
            """,
            """
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService A = new("a") { Ports = { new ServicePort(Port: 80, NodePort: 30001) } };
                public static readonly NodePortService B = new("b") { Ports = { new ServicePort(Port: 80, NodePort: 30000) } };
            }
            """)
        {
            CodeActionEquivalenceKey = UseFreeNodePortCodeFixProvider.EquivalenceKey,
            NumberOfIncrementalIterations = 2,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInProjectCheck,
        };
        test.WithProject("Billing", """
            using InfraSdk;

            [Topology]
            public static partial class BillingTopology
            {
                public static readonly NodePortService C = new("c") { Ports = { new ServicePort(Port: 80, NodePort: {|IS0002:30002|}) } };
                public static readonly NodePortService D = new("d") { Ports = { new ServicePort(Port: 80, NodePort: {|IS0002:30002|}) } };
            }
            """, fixedSource: """
            using InfraSdk;

            [Topology]
            public static partial class BillingTopology
            {
                public static readonly NodePortService C = new("c") { Ports = { new ServicePort(Port: 80, NodePort: 30000) } };
                public static readonly NodePortService D = new("d") { Ports = { new ServicePort(Port: 80, NodePort: 30002) } };
            }
            """);

        // Billing (first by name) keeps C on 30002 and moves D to 30001; then A keeps 30000 and B gets 30003, not 30001.
        test.WithFixAllResult("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService A = new("a") { Ports = { new ServicePort(Port: 80, NodePort: 30000) } };
                public static readonly NodePortService B = new("b") { Ports = { new ServicePort(Port: 80, NodePort: 30003) } };
            }
            """)
            .WithFixAllProject("Billing", """
            using InfraSdk;

            [Topology]
            public static partial class BillingTopology
            {
                public static readonly NodePortService C = new("c") { Ports = { new ServicePort(Port: 80, NodePort: 30002) } };
                public static readonly NodePortService D = new("d") { Ports = { new ServicePort(Port: 80, NodePort: 30001) } };
            }
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_in_the_document_hands_out_consecutive_free_ports_to_unpinned_ports()
    {
        await new TopologyCodeFixTest<UnpinnedNodePortAnalyzer, UseFreeNodePortCodeFixProvider>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Taken = new("taken") { Ports = { new ServicePort(Port: 80, NodePort: 30001) } };
                public static readonly NodePortService Web = new("web") { Ports = { {|IS0009:new ServicePort(Port: 80, TargetPort: 8080)|} } };
                public static readonly LoadBalancerService Edge = new("edge") { Ports = { {|IS0009:new ServicePort(443)|} } };
            }
            """, """
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Taken = new("taken") { Ports = { new ServicePort(Port: 80, NodePort: 30001) } };
                public static readonly NodePortService Web = new("web") { Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30000) } };
                public static readonly LoadBalancerService Edge = new("edge") { Ports = { new ServicePort(443, NodePort: 30002) } };
            }
            """)
        {
            CodeActionEquivalenceKey = UseFreeNodePortCodeFixProvider.EquivalenceKey,
            NumberOfIncrementalIterations = 2,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
        }.RunAsync();
    }

    [Fact]
    public async Task Port_outside_the_static_band_moves_into_it()
    {
        await new TopologyCodeFixTest<StaticBandAnalyzer, UseFreeNodePortCodeFixProvider>("""
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Web = new("web") { Ports = { new ServicePort(Port: 80, NodePort: {|IS0010:31000|}) } };
            }
            """, """
            using InfraSdk;

            [Topology]
            public static partial class ShopTopology
            {
                public static readonly NodePortService Web = new("web") { Ports = { new ServicePort(Port: 80, NodePort: 30000) } };
            }
            """)
        {
            CodeActionEquivalenceKey = UseFreeNodePortCodeFixProvider.EquivalenceKey,
        }.RunAsync();
    }
}
