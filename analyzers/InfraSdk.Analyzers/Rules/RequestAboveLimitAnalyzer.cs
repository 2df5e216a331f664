using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0016: a container's cpu or memory request above its limit.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RequestAboveLimitAnalyzer() : DeclarationRuleAnalyzer(new RequestAboveLimitRule());
