using InfraSdk.Declarations;

namespace InfraSdk.Rules;

/// <summary>What a rule found: where (a span at compile time, null at run time), about which declaration, and the message arguments.</summary>
internal sealed record RuleFinding(RuleDefinition Rule, DeclaredResource Resource, SourceSpan? Span, string[] Arguments)
{
    public string Message => Rule.Format(Arguments);
}
