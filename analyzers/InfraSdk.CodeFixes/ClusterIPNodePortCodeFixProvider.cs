using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InfraSdk.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;

namespace InfraSdk.CodeFixes;

/// <summary>IS0006: "Change to NodePortService" (keep the nodePort) or "Remove nodePort" (keep the ClusterIP Service).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClusterIPNodePortCodeFixProvider))]
[Shared]
public sealed class ClusterIPNodePortCodeFixProvider : CodeFixProvider
{
    private const string ClusterIPService = "ClusterIPService";
    private const string NodePortService = "NodePortService";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.NodePortOnClusterIP.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<ArgumentSyntax>() is not { } argument)
        {
            return;
        }

        var member = argument.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is FieldDeclarationSyntax or PropertyDeclarationSyntax);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (member is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Change to NodePortService", ct => ChangeToNodePortAsync(context.Document, member, ct), nameof(ChangeToNodePortAsync)),
                    diagnostic);
            }

            context.RegisterCodeFix(
                CodeAction.Create("Remove nodePort", ct => RemoveNodePortAsync(context.Document, argument, ct), nameof(RemoveNodePortAsync)),
                diagnostic);
        }
    }

    // Renames every ClusterIPService type name in the declaration: its type and an explicit `new ClusterIPService(...)`.
    private static async Task<Document> ChangeToNodePortAsync(Document document, MemberDeclarationSyntax member, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var name in member.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.ValueText == ClusterIPService))
        {
            if (editor.SemanticModel.GetSymbolInfo(name, cancellationToken).Symbol is INamedTypeSymbol { ContainingNamespace.Name: "InfraSdk" })
            {
                editor.ReplaceNode(name, SyntaxFactory.IdentifierName(NodePortService).WithTriviaFrom(name));
            }
        }

        return editor.GetChangedDocument();
    }

    // Removing a positional argument would shift the ones after it: those get their parameter names.
    private static async Task<Document> RemoveNodePortAsync(Document document, ArgumentSyntax argument, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        if (argument.Parent is ArgumentListSyntax list && argument.NameColon is null)
        {
            foreach (var following in list.Arguments.SkipWhile(a => a != argument).Skip(1).Where(a => a.NameColon is null))
            {
                if (editor.SemanticModel.GetOperation(following, cancellationToken) is IArgumentOperation { Parameter: { } parameter })
                {
                    editor.ReplaceNode(following, following.WithNameColon(SyntaxFactory.NameColon(parameter.Name)));
                }
            }
        }

        editor.RemoveNode(argument);
        return editor.GetChangedDocument();
    }
}
