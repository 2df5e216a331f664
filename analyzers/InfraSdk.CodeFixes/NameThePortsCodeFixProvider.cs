using InfraSdk.Declarations;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InfraSdk.Analyzers;
using InfraSdk.Analyzers.Rules;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace InfraSdk.CodeFixes;

/// <summary>IS0005 "Name the ports": gives every unnamed port of the Service a name such as "tcp-80", unique in the Service.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NameThePortsCodeFixProvider))]
[Shared]
public sealed class NameThePortsCodeFixProvider : CodeFixProvider
{
    private const string Title = "Name the ports";
    private const string NameParameter = "Name";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidPortName.Id);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create(async (context, document, diagnostics) => await NameThePortsAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics.Where(d => d.Properties.ContainsKey(ServicePortNameAnalyzer.UnnamedProperty)))
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => NameThePortsAsync(context.Document, ImmutableArray.Create(diagnostic), ct), Title),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> NameThePortsAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var index = await FreeNodePorts.IndexOfAsync(document.Project, cancellationToken).ConfigureAwait(false);
        var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        if (index is null || tree is null)
        {
            return document;
        }

        var unnamedStarts = diagnostics
            .Where(d => d.Properties.ContainsKey(ServicePortNameAnalyzer.UnnamedProperty))
            .Select(d => d.Location.SourceSpan.Start)
            .ToImmutableHashSet();
        var services = index.Topologies
            .SelectMany(t => t.Resources)
            .Where(r => r.Ports.Any(p => p.Span.FilePath == tree.FilePath && unnamedStarts.Contains(p.Span.Start)));

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (var service in services)
        {
            NameUnnamedPorts(editor, service);
        }

        return editor.GetChangedDocument();
    }

    private static void NameUnnamedPorts(DocumentEditor editor, ResourceSpec service)
    {
        var names = new HashSet<string>(service.Ports.Where(p => p.Name is not null).Select(p => p.Name!));
        foreach (var port in service.Ports.Where(p => p.Name is null))
        {
            var node = editor.OriginalRoot.FindNode(port.Span.ToTextSpan(), getInnermostNodeForTie: true);
            if (node is not BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments } creation)
            {
                continue;
            }

            var name = UniqueName(names, port);
            var argument = SyntaxFactory.Argument(
                SyntaxFactory.NameColon(NameParameter),
                default,
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)));
            editor.ReplaceNode(creation, creation.WithArgumentList(arguments.AddArguments(argument)));
        }
    }

    // "tcp-80": a DNS-1123 label that says what the port is; "-2", "-3"... only if another port already has that name.
    private static string UniqueName(HashSet<string> names, ServicePortSpec port)
    {
        var baseName = port.Protocol.ToLowerInvariant() + "-" + port.Port.ToString(CultureInfo.InvariantCulture);
        var name = baseName;
        for (var suffix = 2; !names.Add(name); suffix++)
        {
            name = baseName + "-" + suffix.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }
}
