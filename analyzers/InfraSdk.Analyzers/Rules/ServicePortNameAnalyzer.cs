using InfraSdk.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Analyzers.Rules;

/// <summary>
/// IS0005: with more than one port every port needs a name; names are unique within the Service and DNS-1123 labels.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ServicePortNameAnalyzer() : DeclarationRuleAnalyzer(new ServicePortNameRule())
{
    /// <summary>Property of the IS0005 diagnostics that the "Name the ports" fix handles: set on an unnamed port.</summary>
    public const string UnnamedProperty = ServicePortNameRule.UnnamedTag;
}
