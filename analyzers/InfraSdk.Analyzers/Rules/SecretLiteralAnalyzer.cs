using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0023: a secret-looking environment variable given a string literal.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretLiteralAnalyzer() : DeclarationRuleAnalyzer(new SecretLiteralRule());
