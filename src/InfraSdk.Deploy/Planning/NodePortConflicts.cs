using InfraSdk.Deploy.Topology;
using k8s.Models;

namespace InfraSdk.Deploy.Planning;

/// <summary>
/// Finds every declared nodePort held by a live Service the topology does not own. The allocator ignores protocol,
/// so a number held by any Service, for any protocol, is taken.
/// </summary>
internal static class NodePortConflicts
{
    public static IReadOnlyList<NodePortConflict> Find(DesiredTopology topology, IEnumerable<V1Service> live)
    {
        var holders = NodePortHolders.In(live)
            .Where(holder => !topology.Owns(holder.Service.Metadata.Labels))
            .ToLookup(holder => holder.NodePort);
        return DeclaredNodePort.In(topology)
            .SelectMany(claim => holders[claim.NodePort]
                .Where(holder => NodePortHolders.Name(holder.Service) != claim.Service.Key.QualifiedName)
                .Select(holder => new NodePortConflict(claim, NodePortHolders.Name(holder.Service))))
            .ToList();
    }
}
