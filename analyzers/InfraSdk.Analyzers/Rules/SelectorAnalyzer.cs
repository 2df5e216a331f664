using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>
/// IS0007: a Service selector that matches no Deployment of its namespace declared in the compilation;
/// IS0008: a targetPort that none of the matched Deployments lists among its container ports.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SelectorAnalyzer() : DeclarationRuleAnalyzer(new SelectorMatchesNothingRule(), new TargetPortNotExposedRule());
