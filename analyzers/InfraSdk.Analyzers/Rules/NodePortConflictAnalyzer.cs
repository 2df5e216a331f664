using System.Collections.Immutable;
using InfraSdk.Analyzers.Index;
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
        foreach (var claim in LocalClaims.Of(context.Topology))
        {
            // The index holds the same claim (equal by value); its conflicts exclude it.
            var indexed = context.Compilation.ClaimsBySpan[claim.Span!.Value];
            var conflicts = context.Compilation.Claims.ConflictsOf(indexed);
            if (!conflicts.IsEmpty)
            {
                var other = conflicts[0];
                context.Report(DiagnosticDescriptors.NodePortAlreadyClaimed, claim.Span.Value, claim.Field, claim.NodePort, other.Service, other.Source);
            }
        }
    }
}
