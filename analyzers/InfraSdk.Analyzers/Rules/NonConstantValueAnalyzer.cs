using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0012: a value the compiler cannot evaluate; the generator leaves that manifest to the runtime mapping.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonConstantValueAnalyzer : TopologyAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.NotCompileTimeConstant);

    private protected override void Analyze(TopologyContext context)
    {
        foreach (var resource in context.Topology.Resources)
        {
            foreach (var span in resource.NonConstantValues)
            {
                context.Report(DiagnosticDescriptors.NotCompileTimeConstant, span, context.Compilation.TextOf(span), context.Topology.ClassName + "." + resource.MemberName);
            }
        }
    }
}
