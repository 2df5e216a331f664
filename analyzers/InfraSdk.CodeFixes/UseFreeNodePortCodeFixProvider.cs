using InfraSdk.Declarations;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using InfraSdk.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace InfraSdk.CodeFixes;

/// <summary>"Use free nodePort N" for IS0001, IS0002, IS0009 and IS0010.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseFreeNodePortCodeFixProvider))]
[Shared]
public sealed class UseFreeNodePortCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "InfraSdk.UseFreeNodePort";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NodePortOutOfRange.Id,
        DiagnosticDescriptors.NodePortAlreadyClaimed.Id,
        DiagnosticDescriptors.NodePortNotPinned.Id,
        DiagnosticDescriptors.NodePortOutsideStaticBand.Id);

    public override FixAllProvider GetFixAllProvider() => UseFreeNodePortFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var index = await FreeNodePorts.IndexOfAsync(context.Document.Project, context.CancellationToken).ConfigureAwait(false);
        if (index is null || FreeNodePorts.Lowest(index) is not { } port)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title(port),
                    cancellationToken => UsePortAsync(context.Document, diagnostic, port, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    internal static string Title(int port) => "Use free nodePort " + port.ToString(CultureInfo.InvariantCulture);

    private static async Task<Document> UsePortAsync(Document document, Diagnostic diagnostic, int port, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        if (NodePortEdits.FindTarget(editor.OriginalRoot, diagnostic.Location.SourceSpan) is { } target)
        {
            NodePortEdits.UsePort(editor, target, port);
        }

        return editor.GetChangedDocument();
    }
}
