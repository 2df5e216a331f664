using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0014: a malformed InfraSdkNodePortRange or port-squeeze threshold, reported at each topology class.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidSettingAnalyzer : TopologyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidSetting);

    private protected override void Analyze(TopologyContext context)
    {
        foreach (var problem in context.Settings.Problems)
        {
            context.Report(DiagnosticDescriptors.InvalidSetting, context.Topology.ClassSpan, problem.Name, problem.Value, problem.Expected, problem.UsedInstead);
        }
    }
}
