using InfraSdk.Deploy.Topology;
using InfraSdk.Kubernetes;
using k8s.Models;

namespace InfraSdk.Deploy.Planning;

/// <summary>How a node-port range is used: who holds which port, per band, beside the topology's claims.</summary>
internal sealed record NodePortUsage(NodePortRange Range, IReadOnlyList<(int NodePort, string Holder)> Held, IReadOnlyList<ClaimStatus> Claims)
{
    public int StaticHeld => Held.Count(h => Range.InStaticBand(h.NodePort));

    public int DynamicHeld => Held.Count(h => Range.Contains(h.NodePort) && !Range.InStaticBand(h.NodePort));

    public int DynamicSize => Range.Size - Range.StaticBandSize;

    public static NodePortUsage Compute(NodePortRange range, IEnumerable<V1Service> services, DesiredTopology topology)
    {
        var live = services.ToList();
        var held = NodePortHolders.In(live)
            .Select(h => (h.NodePort, Holder: NodePortHolders.Name(h.Service)))
            .OrderBy(h => h.NodePort)
            .ToList();
        var heldPorts = held.Select(h => h.NodePort).ToHashSet();
        var conflicts = NodePortConflicts.Find(topology, live).ToLookup(c => c.Claim);
        var claims = DeclaredNodePort.In(topology).Select(claim => new ClaimStatus(
            claim,
            !range.Contains(claim.NodePort) ? "outside the range"
            : conflicts[claim].FirstOrDefault() is { } conflict ? $"conflict: held by {conflict.HeldBy}"
            : heldPorts.Contains(claim.NodePort) ? "held by this topology"
            : "free",
            range.InStaticBand(claim.NodePort) ? "static" : range.Contains(claim.NodePort) ? "dynamic" : "-")).ToList();
        return new NodePortUsage(range, held, claims);
    }
}

/// <summary>A declared nodePort, whether it is free, ours or taken, and its band.</summary>
internal sealed record ClaimStatus(DeclaredNodePort Claim, string State, string Band);
