using System.Collections.Immutable;
using InfraSdk.Rules;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Analyzers;

/// <summary>
/// Hosts a rule of <see cref="RuleCatalog"/> in the compiler: the rule runs once per compilation over every
/// declaration the compiler could read, and each topology reports the findings about its own declarations.
/// </summary>
public abstract class DeclarationRuleAnalyzer : TopologyAnalyzer
{
    private readonly ITopologyRule _rule;

    private protected DeclarationRuleAnalyzer(ITopologyRule rule)
    {
        _rule = rule;
        SupportedDiagnostics = ImmutableArray.Create(DiagnosticDescriptors.Of(rule.Rule));
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    private protected override void Analyze(TopologyContext context)
    {
        foreach (var finding in context.Compilation.Findings(_rule))
        {
            if (context.Declares(finding.Resource) && finding.Span is { } span)
            {
                var properties = finding.Tag is { } tag ? ImmutableDictionary<string, string?>.Empty.Add(tag, "true") : ImmutableDictionary<string, string?>.Empty;
                context.Report(SupportedDiagnostics[0], span, properties, finding.Arguments);
            }
        }
    }
}
