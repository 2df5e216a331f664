using InfraSdk.Declarations;

namespace InfraSdk.Rules;

/// <summary>What a rule found: where (a span at compile time, null at run time), about which declaration, and the message arguments.</summary>
internal sealed record RuleFinding(RuleDefinition Rule, DeclaredResource Resource, SourceSpan? Span, string[] Arguments)
{
    /// <summary>A tag a code fix looks for, e.g. "Unnamed" on an IS0005 finding about a port without a name.</summary>
    public string? Tag { get; init; }

    public string Message => Rule.Format(Arguments);
}
