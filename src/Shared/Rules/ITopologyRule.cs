using System.Collections.Generic;

namespace InfraSdk.Rules;

/// <summary>
/// A rule over declarations, run by the analyzers while the code is written and by <c>plan</c> and <c>deploy</c>
/// before the first request, so a topology built with helpers and loops is checked too.
/// </summary>
internal interface ITopologyRule
{
    RuleDefinition Rule { get; }

    IEnumerable<RuleFinding> Check(DeclaredTopologies topologies);
}
