using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0018: an environment variable read from a key its declared ConfigMap or Secret lacks.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EnvKeyMissingAnalyzer() : DeclarationRuleAnalyzer(new EnvKeyMissingRule());
