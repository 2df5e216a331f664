using InfraSdk.Extraction.Model;
using InfraSdk.Declarations;
using InfraSdk.Extraction.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSdk.Generators.Tests.Extraction;

/// <summary>
/// A topology member's declaration read by both readers: the literal reader's result (null when it gives up) and the
/// binding reader's, with whether the binding reader found anything it left out (a non-constant value, a delegate).
/// </summary>
internal sealed record ReaderComparison(string Member, string Declaration, DeclObject? Literal, DeclObject? Bound, bool BoundLeftSomethingOut)
{
    /// <summary>Where the literal reader reads at all, it reads what the generator would get from binding, spans included.</summary>
    public bool Agrees => Literal is null || (Literal == Bound && !BoundLeftSomethingOut);

    public override string ToString() => $"{Member}: {Declaration}\n  literal: {Literal}\n  bound:   {Bound}{(BoundLeftSomethingOut ? " (left something out)" : string.Empty)}";

    /// <summary>Every model-typed member with an initializer of every <c>[Topology]</c> class, as the parser reads them (Kubernetes objects are not read).</summary>
    public static List<ReaderComparison> Of(Compilation compilation)
    {
        var results = new List<ReaderComparison>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            var literal = new LiteralDeclarationReader(model, dependencies: null);
            foreach (var (symbol, initializer) in Initializers(tree, model))
            {
                var type = symbol is IFieldSymbol field ? field.Type : ((IPropertySymbol)symbol).Type;
                if (ModelTypes.KindOf(type) is null or ResourceKind.KubernetesObject || !IsTopology(symbol.ContainingType))
                {
                    continue;
                }

                var bound = new DeclarationReader(model, CancellationToken.None);
                var read = bound.ReadResource(initializer);
                results.Add(new(symbol.Name, initializer.ToString(), literal.TryRead(initializer, type), read, bound.NonConstantValues.Count > 0 || bound.IsCustomized));
            }
        }

        return results;
    }

    private static bool IsTopology(INamedTypeSymbol? type) =>
        type?.GetAttributes().Any(attribute => attribute.AttributeClass?.ToDisplayString() == ModelTypes.TopologyAttribute) == true;

    private static IEnumerable<(ISymbol Symbol, ExpressionSyntax Initializer)> Initializers(SyntaxTree tree, SemanticModel model)
    {
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            var (declared, value) = node switch
            {
                VariableDeclaratorSyntax { Initializer.Value: var initializer } variable => (model.GetDeclaredSymbol(variable), initializer),
                PropertyDeclarationSyntax property when (property.Initializer?.Value ?? property.ExpressionBody?.Expression) is { } initializer => (model.GetDeclaredSymbol(property), initializer),
                _ => (null, null),
            };
            if (declared is IFieldSymbol or IPropertySymbol && value is not null)
            {
                yield return (declared, value);
            }
        }
    }
}
