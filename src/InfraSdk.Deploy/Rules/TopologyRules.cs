namespace InfraSdk.Deploy.Rules;

/// <summary>The rules plan and deploy run on the declarations first: by default the analyzers' own (<see cref="TopologyChecks"/>).</summary>
internal delegate IEnumerable<TopologyFinding> TopologyRules(IReadOnlyList<TopologyManifests> topologies);
