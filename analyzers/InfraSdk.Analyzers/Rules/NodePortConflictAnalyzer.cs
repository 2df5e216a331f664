using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>
/// IS0002: a nodePort that another Service of this compilation or of a referenced assembly claims too, reported at
/// every claimant of this compilation and naming the other one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NodePortConflictAnalyzer : TopologyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NodePortAlreadyClaimed);

    private protected override void Analyze(TopologyContext context)
    {
        foreach (var claim in context.Claims)
        {
            var conflicts = context.Compilation.Claims.ConflictsOf(claim);
            if (!conflicts.IsEmpty)
            {
                var other = conflicts[0];
                context.Report(DiagnosticDescriptors.NodePortAlreadyClaimed, claim.Span!.Value, claim.Field, claim.NodePort, other.Service, other.Source);
            }
        }
    }
}
