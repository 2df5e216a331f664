namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>What the data plane needs of a Service: its type, selector, traffic policy and ports.</summary>
internal sealed record ServiceState(
    string Namespace,
    string Name,
    string Type,
    IReadOnlyDictionary<string, string> Selector,
    bool ExternalTrafficPolicyLocal,
    IReadOnlyList<ServicePortState> Ports);
