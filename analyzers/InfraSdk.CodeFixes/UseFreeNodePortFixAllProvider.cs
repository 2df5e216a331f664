using InfraSdk.Declarations;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InfraSdk.Analyzers;
using InfraSdk.Analyzers.Index;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;

namespace InfraSdk.CodeFixes;

/// <summary>
/// Fix-all for "Use free nodePort": hands out free ports one after another over the whole scope (document, project or
/// solution), so no two fixes pick the same port. Of several Services of the scope that collide on one port (IS0002),
/// the first keeps it when no referenced assembly claims it.
/// </summary>
internal sealed class UseFreeNodePortFixAllProvider : FixAllProvider
{
    public static readonly UseFreeNodePortFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var title = fixAllContext.Scope switch
        {
            FixAllScope.Solution => "Use free nodePorts in the solution",
            FixAllScope.Project => "Use free nodePorts in the project",
            _ => "Use free nodePorts in the document",
        };

        return Task.FromResult<CodeAction?>(CodeAction.Create(title, ct => FixAsync(fixAllContext, ct), UseFreeNodePortCodeFixProvider.EquivalenceKey));
    }

    private static async Task<Solution> FixAsync(FixAllContext context, CancellationToken cancellationToken)
    {
        var scope = new List<(ImmutableArray<Diagnostic> Diagnostics, TopologyCompilation Index)>();
        foreach (var (project, diagnostics) in await DiagnosticsInScopeAsync(context).ConfigureAwait(false))
        {
            if (await FreeNodePorts.IndexOfAsync(project, cancellationToken).ConfigureAwait(false) is { } index)
            {
                scope.Add((diagnostics, index));
            }
        }

        // The projects of a solution usually deploy to one cluster: a port claimed in any of them is not free in another.
        var taken = new HashSet<int>(scope.SelectMany(s => s.Index.Claims.Ports));
        var solution = context.Solution;
        foreach (var (diagnostics, index) in scope)
        {
            var ordered = diagnostics
                .Where(d => d.Location.IsInSource)
                .OrderBy(d => d.Location.SourceTree!.FilePath, System.StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ToList();
            var keepers = ClaimantsThatKeepTheirPort(index, ordered);

            // A nodePort that is both out of range and claimed twice carries two diagnostics: change it once.
            var toFix = ordered.Where(d => !keepers.Contains(d)).GroupBy(d => d.Location).Select(g => g.First());
            foreach (var byDocument in toFix.GroupBy(d => d.Location.SourceTree!))
            {
                var document = solution.GetDocument(byDocument.Key);
                if (document is null)
                {
                    continue;
                }

                var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
                foreach (var diagnostic in byDocument)
                {
                    if (FreeNodePorts.Lowest(index, taken) is not { } port)
                    {
                        break;
                    }

                    if (NodePortEdits.FindTarget(editor.OriginalRoot, diagnostic.Location.SourceSpan) is { } target)
                    {
                        NodePortEdits.UsePort(editor, target, port);
                        taken.Add(port);
                    }
                }

                solution = editor.GetChangedDocument().Project.Solution;
            }
        }

        return solution;
    }

    // When every claimant of a port is fixed together, moving all of them would leave the port unused for nothing.
    private static HashSet<Diagnostic> ClaimantsThatKeepTheirPort(TopologyCompilation index, List<Diagnostic> diagnostics)
    {
        var keepers = new HashSet<Diagnostic>();
        var conflicts = diagnostics
            .Where(d => d.Id == DiagnosticDescriptors.NodePortAlreadyClaimed.Id)
            .Select(d => (Diagnostic: d, Claim: index.ClaimAt(d.Location)))
            .Where(x => x.Claim is not null)
            .GroupBy(x => x.Claim!.NodePort);
        foreach (var group in conflicts)
        {
            var claimants = index.Claims.At(group.Key);
            if (claimants.All(c => !c.IsReferenced) && group.Count() == claimants.Count)
            {
                keepers.Add(group.First().Diagnostic);
            }
        }

        return keepers;
    }

    private static async Task<IEnumerable<(Project Project, ImmutableArray<Diagnostic> Diagnostics)>> DiagnosticsInScopeAsync(FixAllContext context)
    {
        switch (context.Scope)
        {
            case FixAllScope.Solution:
                var all = new List<(Project, ImmutableArray<Diagnostic>)>();
                foreach (var project in context.Solution.Projects.OrderBy(p => p.Name, System.StringComparer.Ordinal))
                {
                    all.Add((project, await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false)));
                }

                return all;
            case FixAllScope.Project:
                return new[] { (context.Project, await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false)) };
            default:
                return context.Document is null
                    ? Enumerable.Empty<(Project, ImmutableArray<Diagnostic>)>()
                    : new[] { (context.Project, await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false)) };
        }
    }
}
