using InfraSdk.Rules;

namespace InfraSdk;

/// <summary>
/// The compile-time rules that can judge run-time objects, run over the declarations of one or more topologies:
/// what <c>plan</c> and <c>deploy</c> check before their first request, reported with the analyzers' IDs.
/// </summary>
public static class TopologyChecks
{
    public static IReadOnlyList<TopologyFinding> Run(IEnumerable<TopologyManifests> topologies)
    {
        var declared = new DeclaredTopologies(topologies.SelectMany(topology =>
            topology.Resources.Select(resource => new DeclaredResource(DeclReader.Read(resource), topology.Namespace))));
        return RuleCatalog.All
            .SelectMany(rule => rule.Check(declared))
            .Select(finding => new TopologyFinding(finding.Rule.Id, finding.Rule.Severity.ToString(), finding.Message, finding.Resource.Display))
            .ToList();
    }
}

/// <summary>One rule's finding about a declaration: "IS0002", "Error", the message, and "shop/web".</summary>
public sealed record TopologyFinding(string RuleId, string Severity, string Message, string Resource)
{
    public bool IsError => Severity == nameof(RuleSeverity.Error);

    public override string ToString() => RuleId + ": " + Message;
}
