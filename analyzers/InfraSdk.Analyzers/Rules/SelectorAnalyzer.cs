using System.Collections.Immutable;
using System.Linq;
using InfraSdk.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>
/// IS0007: a Service selector that matches no Deployment of its namespace declared in the compilation;
/// IS0008: a targetPort that none of the matched Deployments lists among its container ports.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SelectorAnalyzer : TopologyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SelectorMatchesNothing, DiagnosticDescriptors.TargetPortNotExposed);

    private protected override void Analyze(TopologyContext context)
    {
        foreach (var service in context.Topology.Resources)
        {
            // A Service without a selector is valid (its endpoints are managed by hand); one with unknown values cannot be judged.
            if (!service.IsService || service.Selector.Count == 0 || !service.IsComplete)
            {
                continue;
            }

            var ns = service.NamespaceOr(context.Topology.KubernetesNamespace);
            var matched = context.Compilation.Deployments.Select(ns, service.Selector);
            if (matched.IsEmpty)
            {
                if (!context.Compilation.Deployments.MayHaveUnknownPods(ns))
                {
                    var selector = string.Join(",", service.Selector.Select(l => l.Key + "=" + l.Value));
                    context.Report(DiagnosticDescriptors.SelectorMatchesNothing, service.Selector[0].KeySpan, selector, context.NameOf(service), ns);
                }

                continue;
            }

            CheckTargetPorts(context, service, matched);
        }
    }

    private static void CheckTargetPorts(TopologyContext context, ResourceSpec service, ImmutableArray<Index.DeployedPods> matched)
    {
        // A Deployment that lists no container ports does not say what it listens on.
        if (matched.Any(pods => pods.ContainerPorts.IsEmpty))
        {
            return;
        }

        // A targetPort given by name is checked against the container ports' names (IS0017).
        foreach (var port in service.Ports.Where(port => port.TargetPortName is null))
        {
            var targetPort = port.TargetPort ?? port.Port;
            if (!matched.Any(pods => pods.ContainerPorts.Contains(targetPort)))
            {
                var deployments = string.Join(", ", matched.Select(pods => pods.Namespace + "/" + pods.Name));
                var containerPorts = string.Join(", ", matched.SelectMany(pods => pods.ContainerPorts).Distinct());
                context.Report(DiagnosticDescriptors.TargetPortNotExposed, port.TargetPortSpan ?? port.PortSpan ?? port.Span, targetPort, context.NameOf(service), deployments, containerPorts);
            }
        }
    }
}
