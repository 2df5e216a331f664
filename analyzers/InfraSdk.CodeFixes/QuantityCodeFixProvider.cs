using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using InfraSdk.Analyzers;
using InfraSdk.Kubernetes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InfraSdk.CodeFixes;

/// <summary>IS0015: "Use "500M"" for "500mb", when a malformed quantity has one likely meaning.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(QuantityCodeFixProvider))]
[Shared]
public sealed class QuantityCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.MalformedQuantity.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
            || Quantity.Suggest(literal.Token.ValueText) is not { } suggestion)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use \"{suggestion}\"",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion)).WithTriviaFrom(literal)))),
                    nameof(QuantityCodeFixProvider)),
                diagnostic);
        }
    }
}
