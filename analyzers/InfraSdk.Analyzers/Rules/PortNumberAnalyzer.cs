using InfraSdk.Declarations;
using System.Collections.Immutable;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0003: a Service port, targetPort or container port outside 1-65535.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PortNumberAnalyzer : TopologyAnalyzer
{
    private const int MinPort = 1;
    private const int MaxPort = 65535;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.PortNumberOutOfRange);

    private protected override void Analyze(TopologyContext context)
    {
        foreach (var resource in context.Topology.Resources)
        {
            foreach (var containerPort in resource.ContainerPorts)
            {
                Check(context, "containerPort", containerPort.Value, containerPort.Span);
            }

            foreach (var port in resource.Ports)
            {
                Check(context, "port", port.Port, port.PortSpan ?? port.Span);
                if (port.TargetPort is { } targetPort)
                {
                    Check(context, "targetPort", targetPort, port.TargetPortSpan ?? port.Span);
                }
            }
        }
    }

    private static void Check(TopologyContext context, string field, int value, SourceSpan span)
    {
        if (value is < MinPort or > MaxPort)
        {
            context.Report(DiagnosticDescriptors.PortNumberOutOfRange, span, field, value);
        }
    }
}
