using System.Collections.Immutable;
using System.Linq;
using InfraSdk.Rules;
using Microsoft.CodeAnalysis;

namespace InfraSdk.Analyzers;

/// <summary>
/// Hosts a rule of <see cref="RuleCatalog"/> in the compiler: each topology reports what the rule finds about its own
/// declarations, judged against every declaration the compiler could read.
/// </summary>
public abstract class DeclarationRuleAnalyzer : TopologyAnalyzer
{
    private readonly ITopologyRule[] _rules;

    private protected DeclarationRuleAnalyzer(params ITopologyRule[] rules)
    {
        _rules = rules;
        SupportedDiagnostics = rules.Select(rule => DiagnosticDescriptors.Of(rule.Rule)).ToImmutableArray();
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    private protected override void Analyze(TopologyContext context)
    {
        for (var i = 0; i < _rules.Length; i++)
        {
            foreach (var finding in context.Compilation.Findings(_rules[i], context.Declared))
            {
                if (context.Declares(finding.Resource) && finding.Span is { } span)
                {
                    var properties = finding.Tag is { } tag ? ImmutableDictionary<string, string?>.Empty.Add(tag, "true") : ImmutableDictionary<string, string?>.Empty;
                    context.Report(SupportedDiagnostics[i], span, properties, finding.Arguments);
                }
            }
        }
    }
}
