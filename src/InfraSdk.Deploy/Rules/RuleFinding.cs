namespace InfraSdk.Deploy.Rules;

/// <summary>One finding of a compile-time rule run on the declared objects at run time: "IS0002", its severity, the message and the object.</summary>
internal sealed record RuleFinding(string RuleId, RuleSeverity Severity, string Message, string Object)
{
    /// <summary>"IS0002: Service shop/web: ...", as the run prints it.</summary>
    public override string ToString() => $"{RuleId}: {Object}: {Message}";
}

internal enum RuleSeverity
{
    Error,
    Warning,
    Info,
}

/// <summary>The seam where the shared rule code plugs in: the topologies in, the findings out.</summary>
internal delegate IEnumerable<RuleFinding> TopologyRules(IReadOnlyList<TopologyManifests> topologies);
