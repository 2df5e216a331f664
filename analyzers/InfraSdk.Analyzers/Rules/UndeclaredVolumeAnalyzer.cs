using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>IS0019: a volume mount that names a volume the Deployment does not declare.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndeclaredVolumeAnalyzer() : DeclarationRuleAnalyzer(new UndeclaredVolumeRule());
