using InfraSdk.Declarations;
using System.Collections.Generic;
using System.Collections.Immutable;
using InfraSdk.Extraction.Model;
using InfraSdk.Kubernetes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>
/// IS0004: names the API server would reject: a Service name that is not a DNS-1035 label, a Deployment name that is
/// not a DNS-1123 subdomain, a namespace that is not a DNS-1123 label, a label, selector or annotation key that is not
/// a qualified name, a label or selector value that is not a label value.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KubernetesNameAnalyzer : TopologyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidName);

    private protected override void Analyze(TopologyContext context)
    {
        var topology = context.Topology;
        Check(context, "Namespace", topology.KubernetesNamespace, topology.ClassSpan, KubernetesNames.CheckDns1123Label);
        foreach (var resource in topology.Resources)
        {
            if (resource.Name is { } name)
            {
                if (resource.IsService)
                {
                    Check(context, "Service name", name.Value, name.Span, KubernetesNames.CheckDns1035Label);
                }
                else
                {
                    Check(context, "Deployment name", name.Value, name.Span, KubernetesNames.CheckDns1123Subdomain);
                }
            }

            if (resource.Namespace is { } ns)
            {
                Check(context, "Namespace", ns.Value, ns.Span, KubernetesNames.CheckDns1123Label);
            }

            CheckLabels(context, "label", resource.Labels, checkValues: true);
            CheckLabels(context, "selector", resource.Selector, checkValues: true);
            CheckLabels(context, "annotation", resource.Annotations, checkValues: false);
        }
    }

    private static void CheckLabels(TopologyContext context, string what, EquatableArray<LabelSpec> labels, bool checkValues)
    {
        foreach (var label in labels)
        {
            Check(context, what + " key", label.Key, label.KeySpan, KubernetesNames.CheckQualifiedName);
            if (checkValues)
            {
                Check(context, what + " value", label.Value, label.ValueSpan, KubernetesNames.CheckLabelValue);
            }
        }
    }

    private static void Check(TopologyContext context, string what, string value, SourceSpan span, System.Func<string, IReadOnlyList<string>> rule)
    {
        var problems = rule(value);
        if (problems.Count > 0)
        {
            context.Report(DiagnosticDescriptors.InvalidName, span, what, value, string.Join("; ", problems));
        }
    }
}
