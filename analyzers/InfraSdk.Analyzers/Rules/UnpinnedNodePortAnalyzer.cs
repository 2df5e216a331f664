using InfraSdk.Declarations;
using System.Collections.Immutable;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0009: a NodePort or LoadBalancer port whose nodePort the cluster will pick at random.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnpinnedNodePortAnalyzer : TopologyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NodePortNotPinned);

    private protected override void Analyze(TopologyContext context)
    {
        foreach (var resource in context.Topology.Resources)
        {
            // allocateLoadBalancerNodePorts: false keeps only the pinned nodePorts: an unpinned port gets none.
            if (!resource.HasNodePorts || resource.Declaration?.Bool("AllocateLoadBalancerNodePorts") == false)
            {
                continue;
            }

            foreach (var port in resource.Ports)
            {
                if (port.NodePort is null && port.NodePortSpan is null)
                {
                    context.Report(DiagnosticDescriptors.NodePortNotPinned, port.Span, port.Port + "/" + port.Protocol, context.NameOf(resource), context.Settings.Range);
                }
            }
        }
    }
}
