using InfraSdk.Generators.Tests.Infrastructure;

namespace InfraSdk.Generators.Tests.Extraction;

/// <summary>
/// The literal reader against the binding reader, declaration by declaration: where it reads a declaration at all, it
/// reads the same values with the same spans; and it does read the ways declarations are usually written.
/// </summary>
public class LiteralReaderTests
{
    private const string AllForms = """"
        using InfraSdk;
        using System.Collections.Generic;
        using P = InfraSdk.Protocol;

        namespace Forms;

        [Topology(Namespace = "forms")]
        public static partial class Forms
        {
            public static readonly Deployment Positional = new Deployment("positional") { Replicas = 2, Container = new Container("nginx") { Ports = { new ContainerPort(8080, "http", Protocol.Udp) } } };
            public static readonly NodePortService NamedOutOfOrder = new("named") { Ports = { new ServicePort(NodePort: 30001, Port: 80, Name: "web") } };
            public static readonly NodePortService Defaults = new("defaults") { Ports = { new(80), new ServicePort(81, 8081) } };
            public static readonly NodePortService AliasedEnum = new("aliased") { Ports = { new(53, Protocol: P.Udp, NodePort: 30053) } };
            public static readonly NodePortService CollectionExpression = new("expression") { Ports = [new(80, NodePort: 30002), new ServicePort(443)] };
            public static readonly Deployment Dictionaries = new("dicts") { Labels = { ["a"] = "1", ["b"] = "2", ["a"] = "3" }, PodAnnotations = new Dictionary<string, string> { ["x"] = "y" } };
            public static readonly Deployment AddPairs = new("pairs") { Labels = { { "a", "1" }, { "b", "2" } } };
            public static readonly Deployment NullsAndEmpty = new("nulls") { Replicas = null, Labels = { }, Container = new("img") { Command = ["sh", "-c"], Args = [] } };
            public static readonly Deployment Negative = new("negative") { Replicas = -1, RevisionHistoryLimit = 0 };
            public static readonly Deployment Verbatim = new(@"verbatim") { Container = new("""raw""") };
            public static readonly NodePortService GetOnlyProperty = new("first") { Name = "second" };
            public const string Web = "web";
            public static readonly Deployment UsesAConstant = new(Web);
            public static readonly Deployment Expression = new("a" + "b");
            public static readonly Deployment Lambda = new("lambda") { Customize = d => d.Spec.Replicas = 4 };
            public static readonly NodePortService FlagsLikeEnum = new("cast") { Ports = { new(80, Protocol: (Protocol)1) } };
            public static Deployment ExpressionBodied => new("bodied") { Replicas = 1 };
        }
        """";

    [Fact]
    public void Reads_what_the_binding_reader_reads_or_gives_up()
    {
        var results = Compare(AllForms);

        Assert.All(results, r => Assert.True(r.Agrees, r.ToString()));
        Assert.Equal(
            ["AddPairs", "AliasedEnum", "CollectionExpression", "Defaults", "Dictionaries", "ExpressionBodied", "NamedOutOfOrder", "Negative", "NullsAndEmpty", "Positional", "Verbatim"],
            results.Where(r => r.Literal is not null).Select(r => r.Member).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reads_the_shop_topologies_as_the_binding_reader_does()
    {
        var results = Compare(TopologySources.Shop, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "ShopTopology.cs")));

        Assert.All(results, r => Assert.True(r.Literal is not null && r.Agrees, r.ToString()));
    }

    /// <summary>Found by the compiler fuzzer: a collection of another type than the property's (an error) was read item by item as if it converted.</summary>
    [Fact]
    public void Leaves_a_collection_of_the_wrong_type_to_binding()
    {
        var result = Assert.Single(Compare("""
            using InfraSdk;
            [Topology]
            public static partial class T
            {
                public static readonly Secret S = new("s") { Values = new System.Collections.Generic.Dictionary<string, string> { { "k", new FromEnvironment("V") } } };
            }
            """));

        Assert.Null(result.Literal);
    }

    /// <summary>Found by the compiler fuzzer: arguments with a comma missing were read as the parser recovered them, which binding reads otherwise.</summary>
    [Fact]
    public void Leaves_a_declaration_with_a_syntax_error_to_binding()
    {
        var result = Assert.Single(Compare("""
            using InfraSdk;
            [Topology]
            public static partial class T
            {
                public static readonly LoadBalancerService S = new("s") { Ports = [new ServicePort(Port: 80, TargetPort: 8080NodePort: 30001)] };
            }
            """));

        Assert.Null(result.Literal);
    }

    /// <summary>Found by the compiler fuzzer: a whole declaration in a file with a syntax error elsewhere, which binding read otherwise.</summary>
    [Fact]
    public void Leaves_a_file_with_a_syntax_error_to_binding()
    {
        var result = Assert.Single(Compare("""
            using InfraSdk;
            [Topology]
            public static partial class T
            {
                public static readonly NodePortService M98 = new("ylj1o") { Labels = { { "key", "UPPER_case" } }, InternalTrafficPolicy = InternalTrafficPolicy.Cluster };
                public static readonly LoadBalancerService M10 = new("n") { Labels = new System.Collections.Generic.Dictionary<<string, string>() { { "a", "db" } }, ExternalTrafficPolicy = ExternalTrafficPolicy.Local };
            }
            """), r => r.Member == "M98");

        Assert.Null(result.Literal);
    }

    /// <summary>A member of the topology class named like the enum hides the enum type where the value is written.</summary>
    [Fact]
    public void Leaves_an_enum_hidden_by_a_member_of_the_same_name_to_binding()
    {
        var result = Assert.Single(Compare("""
            using InfraSdk;
            [Topology]
            public static partial class T
            {
                public static readonly ClusterIPService S = new("s") { InternalTrafficPolicy = InternalTrafficPolicy.Local };
                public static readonly string InternalTrafficPolicy = "local";
            }
            """), r => r.Member == "S");

        Assert.Null(result.Literal);
    }

    private static List<ReaderComparison> Compare(params string[] sources) => ReaderComparison.Of(TestCompilation.Create(sources));
}
