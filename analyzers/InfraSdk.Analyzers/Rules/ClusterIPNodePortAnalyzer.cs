using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0006: a nodePort on a ClusterIPService, which the API server forbids.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClusterIPNodePortAnalyzer() : DeclarationRuleAnalyzer(new ClusterIPNodePortRule());
