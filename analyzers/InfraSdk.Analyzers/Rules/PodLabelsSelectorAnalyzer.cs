using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0022: a Deployment's declared selector is not among its Pod labels.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PodLabelsSelectorAnalyzer() : DeclarationRuleAnalyzer(new PodLabelsSelectorRule());
