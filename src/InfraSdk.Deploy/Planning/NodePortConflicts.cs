using InfraSdk.Deploy.Topology;
using k8s.Models;

namespace InfraSdk.Deploy.Planning;

/// <summary>
/// Finds every declared nodePort held by a live Service other than the declared ones. The allocator ignores protocol,
/// so a number held by any Service, for any protocol, is taken. A Service the topology owns but no longer declares
/// still holds its ports unless the deploy prunes it first (<paramref name="pruning"/>).
/// </summary>
internal static class NodePortConflicts
{
    public static IReadOnlyList<NodePortConflict> Find(DesiredTopology topology, IEnumerable<V1Service> live, bool pruning = false)
    {
        var holders = NodePortHolders.In(live)
            .Where(holder => topology.Find(new ObjectKey("", ResourceKinds.Service, holder.Service.Metadata.NamespaceProperty, holder.Service.Metadata.Name)) is null)
            .Select(holder => (holder.NodePort, holder.Service, Prunable: topology.Owns(holder.Service.Metadata.Labels)))
            .Where(holder => !(pruning && holder.Prunable))
            .ToLookup(holder => holder.NodePort);
        return DeclaredNodePort.In(topology)
            .SelectMany(claim => holders[claim.NodePort]
                .Where(holder => NodePortHolders.Name(holder.Service) != claim.Service.Key.QualifiedName)
                .Select(holder => new NodePortConflict(claim, NodePortHolders.Name(holder.Service), holder.Prunable)))
            .ToList();
    }
}
