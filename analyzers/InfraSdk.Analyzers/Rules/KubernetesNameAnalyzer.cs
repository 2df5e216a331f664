using InfraSdk.Kubernetes;
using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>
/// IS0004: names the API server would reject, in declarations (<see cref="ResourceNameRule"/>) and in the
/// <c>[Topology(Namespace = ...)]</c> attribute, which only the compiler sees.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KubernetesNameAnalyzer() : DeclarationRuleAnalyzer(new ResourceNameRule())
{
    private protected override void Analyze(TopologyContext context)
    {
        var ns = context.Topology.KubernetesNamespace;
        var problems = KubernetesNames.CheckDns1123Label(ns);
        if (problems.Count > 0)
        {
            context.Report(SupportedDiagnostics[0], context.Topology.ClassSpan, "Namespace", ns, string.Join("; ", problems));
        }

        base.Analyze(context);
    }
}
