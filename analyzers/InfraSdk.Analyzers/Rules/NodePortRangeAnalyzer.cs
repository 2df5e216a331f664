using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0001: a pinned nodePort or healthCheckNodePort outside the project's node-port range.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NodePortRangeAnalyzer : TopologyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NodePortOutOfRange);

    private protected override void Analyze(TopologyContext context)
    {
        var range = context.Settings.Range;
        foreach (var claim in context.Claims)
        {
            if (!range.Contains(claim.NodePort))
            {
                context.Report(DiagnosticDescriptors.NodePortOutOfRange, claim.Span!.Value, claim.Field, claim.NodePort, range);
            }
        }
    }
}
