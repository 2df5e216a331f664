using System.Collections.Immutable;
using InfraSdk.Kubernetes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0010: a pinned nodePort inside the range but above its static band (KEP-3668).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StaticBandAnalyzer : TopologyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NodePortOutsideStaticBand);

    private protected override void Analyze(TopologyContext context)
    {
        var range = context.Settings.Range;
        if (range.StaticBandSize == 0)
        {
            return;
        }

        var band = new NodePortRange(range.First, range.StaticBandLast);
        foreach (var claim in context.Claims)
        {
            if (range.Contains(claim.NodePort) && !range.InStaticBand(claim.NodePort))
            {
                context.Report(DiagnosticDescriptors.NodePortOutsideStaticBand, claim.Span!.Value, claim.Field, claim.NodePort, band, range);
            }
        }
    }
}
