using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0015: a container request or limit, or an emptyDir size limit, that is not a Kubernetes quantity.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MalformedQuantityAnalyzer() : DeclarationRuleAnalyzer(new MalformedQuantityRule());
