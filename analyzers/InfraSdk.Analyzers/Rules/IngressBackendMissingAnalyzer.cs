using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0020: an Ingress backend naming an undeclared Service or port.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IngressBackendMissingAnalyzer() : DeclarationRuleAnalyzer(new IngressBackendMissingRule());
