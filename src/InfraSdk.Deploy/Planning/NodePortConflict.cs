using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Planning;

/// <summary>
/// A declared nodePort that another live Service already holds. <paramref name="HolderIsPrunable"/>: the holder is
/// owned by the topology but no longer declared, so <c>deploy --prune</c> frees the port first.
/// </summary>
internal sealed record NodePortConflict(DeclaredNodePort Claim, string HeldBy, bool HolderIsPrunable = false)
{
    public int NodePort => Claim.NodePort;

    public override string ToString() =>
        $"nodePort {NodePort} of {Claim.Service.Key} {Claim.Where} is already held by Service {HeldBy}"
        + (HolderIsPrunable ? ", which this topology owns but no longer declares (deploy --prune deletes it first)." : ".");
}
