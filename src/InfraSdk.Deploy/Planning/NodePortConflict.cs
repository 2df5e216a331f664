using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Planning;

/// <summary>A declared nodePort that a Service outside the topology already holds.</summary>
internal sealed record NodePortConflict(DeclaredNodePort Claim, string HeldBy)
{
    public int NodePort => Claim.NodePort;

    public override string ToString() =>
        $"nodePort {NodePort} of {Claim.Service.Key} {Claim.Where} is already held by Service {HeldBy}.";
}
