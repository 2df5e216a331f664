using System.Collections.Immutable;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0006: a nodePort on a ClusterIPService, which the API server forbids.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClusterIPNodePortAnalyzer : TopologyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NodePortOnClusterIP);

    private protected override void Analyze(TopologyContext context)
    {
        foreach (var resource in context.Topology.Resources)
        {
            if (resource.Kind != ResourceKind.ClusterIPService)
            {
                continue;
            }

            foreach (var port in resource.Ports)
            {
                if (port.NodePort is { } nodePort && port.NodePortSpan is { } span)
                {
                    context.Report(DiagnosticDescriptors.NodePortOnClusterIP, span, context.NameOf(resource), nodePort);
                }
            }
        }
    }
}
