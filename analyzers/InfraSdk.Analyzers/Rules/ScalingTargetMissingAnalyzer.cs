using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0021: an autoscaler or disruption budget aimed at an undeclared Deployment.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ScalingTargetMissingAnalyzer() : DeclarationRuleAnalyzer(new ScalingTargetMissingRule());
