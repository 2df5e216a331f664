using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0003: a Service port, targetPort or container port outside 1-65535.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PortNumberAnalyzer() : DeclarationRuleAnalyzer(new PortNumberRule());
