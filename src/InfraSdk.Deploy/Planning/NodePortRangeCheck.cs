using InfraSdk.Deploy.Topology;
using InfraSdk.Kubernetes;

namespace InfraSdk.Deploy.Planning;

/// <summary>
/// Declared nodePorts outside the cluster's range. A dry run may not report them, and the range is not readable
/// through the API, so the runner checks against the range it was told.
/// </summary>
internal static class NodePortRangeCheck
{
    public static IReadOnlyList<string> Find(DesiredTopology topology, NodePortRange range) =>
        DeclaredNodePort.In(topology)
            .Where(claim => !range.Contains(claim.NodePort))
            .Select(claim => $"nodePort {claim.NodePort} of {claim.Service.Key} {claim.Where} is outside the node-port range {range}.")
            .ToList();
}
