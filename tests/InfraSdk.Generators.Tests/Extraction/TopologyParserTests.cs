using InfraSdk.Declarations;
using InfraSdk.Extraction.Model;
using InfraSdk.Extraction.Parsing;
using InfraSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Generators.Tests.Extraction;

/// <summary>The extraction layer the generator and the analyzers share: values, spans and flags.</summary>
public class TopologyParserTests
{
    [Fact]
    public void Reads_the_class_and_its_attribute()
    {
        var (topology, source) = Parse("using InfraSdk; namespace A.B; [Topology(Namespace = \"shop\")] internal static partial class Shop { }");

        Assert.Equal("Shop", topology.ClassName);
        Assert.Equal("A.B", topology.ContainingNamespace);
        Assert.Equal("internal", topology.Accessibility);
        Assert.True(topology.IsStatic);
        Assert.True(topology.IsPartial);
        Assert.False(topology.IsNested);
        Assert.False(topology.IsGeneric);
        Assert.Equal("shop", topology.KubernetesNamespace);
        Assert.Equal("Shop", Text(source, topology.ClassSpan));
    }

    [Fact]
    public void Without_a_namespace_argument_the_topology_uses_default()
    {
        var (topology, _) = Parse("using InfraSdk; [Topology] public partial class Plain { }");

        Assert.Equal("default", topology.KubernetesNamespace);
        Assert.Null(topology.ContainingNamespace);
        Assert.False(topology.IsStatic);
    }

    [Fact]
    public void Reads_a_node_port_service_with_the_spans_of_its_values()
    {
        var (topology, source) = Parse(TopologySources.Shop);
        var service = topology.Resources.Single(r => r.MemberName == "WebPublic");
        var port = Assert.Single(service.Ports);

        Assert.Equal(ResourceKind.NodePortService, service.Kind);
        Assert.True(service.IsComplete);
        Assert.Equal("my-nodeport-service", service.Name?.Value);
        Assert.Equal("\"my-nodeport-service\"", Text(source, service.Name!.Value.Span));
        Assert.Equal("WebPublic", Text(source, service.MemberSpan));
        Assert.Equal((80, 8080, 30007, "TCP", (string?)null), (port.Port, port.TargetPort, port.NodePort, port.Protocol, port.Name));
        Assert.Equal("30007", Text(source, port.NodePortSpan!.Value));
        Assert.Equal("8080", Text(source, port.TargetPortSpan!.Value));
        Assert.Equal("80", Text(source, port.PortSpan!.Value));
        Assert.Null(port.NameSpan);
        Assert.Equal("new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30007)", Text(source, port.Span));
        var selector = Assert.Single(service.Declaration!.Entries("Selector"));
        Assert.Equal(("app", "my-web-app", "\"app\"", "\"my-web-app\""), (selector.Key, ((DeclScalar)selector.Value).Text, Text(source, selector.KeySpan!.Value), Text(source, selector.Value.Span!.Value)));
    }

    [Fact]
    public void Reads_a_deployment()
    {
        var (topology, source) = Parse(TopologySources.Shop);
        var web = topology.Resources.Single(r => r.MemberName == "Web");

        Assert.Equal(("nginx:1.27", 3), (web.Declaration!.Object("Container")!.String("Image"), web.Declaration!.Int("Replicas")));
        var port = Assert.Single(web.Declaration!.Object("Container")!.Objects("Ports"));
        Assert.Equal(8080, port.Int("Port"));
        Assert.Equal("8080", Text(source, port["Port"]!.Span!.Value));
        Assert.Equal([new KeyValuePair<string, string>("app", "my-web-app")], web.Declaration!.StringEntries("Labels"));
    }

    [Fact]
    public void Reads_load_balancer_fields_and_both_collection_syntaxes()
    {
        var (topology, _) = Parse(TopologySources.Shop);
        var edge = topology.Resources.Single(r => r.MemberName == "Edge");

        Assert.Equal(("Local", 30099), (edge.Declaration!.String("ExternalTrafficPolicy"), edge.HealthCheckNodePort?.Value));
        Assert.Equal(["UDP", "TCP"], edge.Ports.Select(p => p.Protocol));
        Assert.Equal(["dns-udp", "dns-tcp"], edge.Ports.Select(p => p.Name));
    }

    [Fact]
    public void Folds_constants_enums_arithmetic_interpolation_and_nameof()
    {
        var (topology, _) = Parse("""
            using InfraSdk;
            static class C { public const string P = "web"; public const int Base = 30000; public const Protocol U = Protocol.Udp; }
            [Topology] public static partial class T
            {
                public static readonly NodePortService S = new($"{C.P}-svc")
                {
                    Labels = { [nameof(S)] = C.P + "-x" },
                    Ports = { new ServicePort(C.Base / 1000, NodePort: C.Base + 7, Protocol: C.U), new ServicePort(1, Protocol: (Protocol)2) },
                };
            }
            """);
        var service = Assert.Single(topology.Resources);

        Assert.True(service.IsComplete);
        Assert.Equal("web-svc", service.Name?.Value);
        Assert.Equal([new KeyValuePair<string, string>("S", "web-x")], service.Declaration!.StringEntries("Labels"));
        Assert.Equal((30, 30007, "UDP"), (service.Ports[0].Port, service.Ports[0].NodePort, service.Ports[0].Protocol));
        Assert.Equal("SCTP", service.Ports[1].Protocol);
    }

    [Fact]
    public void Records_what_is_not_constant_by_span_and_leaves_it_unset()
    {
        var (topology, source) = Parse("""
            using InfraSdk;
            [Topology] public static partial class T
            {
                static readonly string Suffix = "x";
                static readonly int Port = 80;
                public static readonly NodePortService S = new("s-" + Suffix)
                {
                    Labels = { ["k"] = Label() },
                    Ports = { new ServicePort(Port, NodePort: 30001), new ServicePort(81, NodePort: 30002) },
                };
                static string Label() => "v";
            }
            """);
        var service = Assert.Single(topology.Resources);

        Assert.False(service.IsComplete);
        Assert.Null(service.Name);
        Assert.Equal(["\"s-\" + Suffix", "Label()", "Port"], service.NonConstantValues.Select(span => Text(source, span)));
        Assert.Empty(service.Declaration!.Entries("Labels"));
        Assert.Equal([30002], service.Ports.Select(p => p.NodePort!.Value));
    }

    [Fact]
    public void Records_how_each_member_is_declared()
    {
        var (topology, _) = Parse("""
            using InfraSdk;
            [Topology] public static partial class T
            {
                public static readonly Deployment ReadOnlyField = new("a");
                public static Deployment MutableField = new("b");
                public static Deployment GetOnly { get; } = new("c");
                public static Deployment GetSet { get; set; } = new("d");
                public static Deployment Arrow => new("e");
                public static readonly Deployment Missing;
                public static readonly string NotAModelType = "x";
            }
            """);

        Assert.Equal(
            [("ReadOnlyField", true, true, true), ("MutableField", true, false, true), ("GetOnly", true, true, true), ("GetSet", true, false, true), ("Arrow", true, true, true), ("Missing", true, true, false)],
            topology.Resources.Select(r => (r.MemberName, r.IsStatic, r.IsReadOnly, r.HasInitializer)));
        Assert.Equal("e", topology.Resources.Single(r => r.MemberName == "Arrow").Name?.Value);
    }

    [Fact]
    public void Label_initializers_follow_dictionary_semantics()
    {
        var (topology, source) = Parse("""
            using InfraSdk;
            [Topology] public static partial class T
            {
                public static readonly Deployment Overwritten = new("a") { Labels = { ["k"] = "1", ["k"] = "2" } };
                public static readonly Deployment AddedTwice = new("b") { Labels = { { "k", "1" }, { "k", "2" } } };
            }
            """);

        Assert.Equal([new KeyValuePair<string, string>("k", "2")], topology.Resources[0].Declaration!.StringEntries("Labels"));
        Assert.True(topology.Resources[0].IsComplete);
        Assert.False(topology.Resources[1].IsComplete);
        Assert.Equal("{ \"k\", \"2\" }", Text(source, Assert.Single(topology.Resources[1].NonConstantValues)));
    }

    [Fact]
    public void Reads_members_of_every_part_of_a_partial_class_in_file_order()
    {
        var compilation = TestCompilation.Create(
            "using InfraSdk; [Topology] public static partial class T { public static readonly Deployment First = new(\"first\"); }",
            "using InfraSdk; public static partial class T { public static readonly ClusterIPService Second = new(\"second\"); }");

        var topology = TopologyParser.Parse(compilation.GetTypeByMetadataName("T")!, compilation, CancellationToken.None);

        Assert.Equal(["First", "Second"], topology.Resources.Select(r => r.MemberName));
        Assert.EndsWith("Topology2.cs", topology.Resources[1].MemberSpan.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Parsing_the_same_source_twice_gives_equal_specs()
    {
        var (first, _) = Parse(TopologySources.Shop);
        var (second, _) = Parse(TopologySources.Shop);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    private static (TopologySpec Topology, string Source) Parse(string source)
    {
        var compilation = TestCompilation.Create(source);
        var type = compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Single(t => t.GetAttributes().Any(a => a.AttributeClass?.Name == "TopologyAttribute"));
        return (TopologyParser.Parse(type, compilation, CancellationToken.None), source);
    }

    private static string Text(string source, SourceSpan span) => source.Substring(span.Start, span.Length);
}
