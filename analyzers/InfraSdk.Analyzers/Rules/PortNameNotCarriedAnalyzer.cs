using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0017: a probe port or Service targetPort name that no container port carries.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PortNameNotCarriedAnalyzer() : DeclarationRuleAnalyzer(new PortNameNotCarriedRule());
