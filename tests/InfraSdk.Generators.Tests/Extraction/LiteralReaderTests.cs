using InfraSdk.Declarations;
using InfraSdk.Extraction.Parsing;
using InfraSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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

        Assert.All(results, r => Assert.True(r.Literal is null || r.Literal == r.Bound, $"{r.Member}: literal {r.Literal} but bound {r.Bound}"));
        Assert.Equal(
            ["AddPairs", "AliasedEnum", "CollectionExpression", "Defaults", "Dictionaries", "ExpressionBodied", "NamedOutOfOrder", "Negative", "NullsAndEmpty", "Positional", "Verbatim"],
            results.Where(r => r.Literal is not null).Select(r => r.Member).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Reads_the_shop_topologies_as_the_binding_reader_does()
    {
        var results = Compare(TopologySources.Shop, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "ShopTopology.cs")));

        Assert.All(results, r => Assert.Equal(r.Bound, r.Literal));
        Assert.DoesNotContain(results, r => r.Literal is null && r.Member != "WebPolicy");
    }

    private static List<(string Member, DeclObject? Literal, DeclObject? Bound)> Compare(params string[] sources)
    {
        var compilation = TestCompilation.Create(sources);
        var results = new List<(string, DeclObject?, DeclObject?)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            var literal = new LiteralDeclarationReader(model, dependencies: null);
            foreach (var (symbol, initializer) in Initializers(tree, model))
            {
                var type = symbol is IFieldSymbol field ? field.Type : ((IPropertySymbol)symbol).Type;
                if (ModelTypes.KindOf(type) is null)
                {
                    continue;
                }

                results.Add((symbol.Name, literal.TryRead(initializer, type), new DeclarationReader(model, CancellationToken.None).ReadResource(initializer)));
            }
        }

        return results;
    }

    private static IEnumerable<(ISymbol Symbol, ExpressionSyntax Initializer)> Initializers(SyntaxTree tree, SemanticModel model)
    {
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax { Initializer.Value: var value } variable:
                    yield return (model.GetDeclaredSymbol(variable)!, value);
                    break;
                case PropertyDeclarationSyntax { ExpressionBody.Expression: var body } property:
                    yield return (model.GetDeclaredSymbol(property)!, body);
                    break;
            }
        }
    }
}
