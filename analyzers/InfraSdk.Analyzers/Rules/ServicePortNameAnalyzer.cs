using System.Collections.Generic;
using System.Collections.Immutable;
using InfraSdk.Kubernetes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>
/// IS0005: with more than one port every port needs a name; names are unique within the Service and DNS-1123 labels.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ServicePortNameAnalyzer : TopologyAnalyzer
{
    /// <summary>Property of the IS0005 diagnostics that the "Name the ports" fix handles: set on an unnamed port.</summary>
    public const string UnnamedProperty = "Unnamed";

    private static readonly ImmutableDictionary<string, string?> UnnamedProperties = ImmutableDictionary<string, string?>.Empty.Add(UnnamedProperty, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidPortName);

    private protected override void Analyze(TopologyContext context)
    {
        foreach (var resource in context.Topology.Resources)
        {
            var service = context.NameOf(resource);
            var names = new HashSet<string>();
            foreach (var port in resource.Ports)
            {
                if (port.Name is null)
                {
                    if (resource.Ports.Count > 1)
                    {
                        context.Report(
                            DiagnosticDescriptors.InvalidPortName,
                            port.Span,
                            UnnamedProperties,
                            $"Service {service} has {resource.Ports.Count} ports, so port {port.Port}/{port.Protocol} needs a name");
                    }

                    continue;
                }

                var span = port.NameSpan ?? port.Span;
                var problems = KubernetesNames.CheckDns1123Label(port.Name);
                if (problems.Count > 0)
                {
                    context.Report(DiagnosticDescriptors.InvalidPortName, span, $"Port name \"{port.Name}\" of Service {service} is invalid: {string.Join("; ", problems)}");
                }
                else if (!names.Add(port.Name))
                {
                    context.Report(DiagnosticDescriptors.InvalidPortName, span, $"Port name \"{port.Name}\" is used twice in Service {service}: port names must be unique");
                }
            }
        }
    }
}
