using InfraSdk.Deploy.Access;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Probing;

namespace InfraSdk.Deploy.Output;

/// <summary>What a command found or did, gathered for the JSON output.</summary>
internal sealed class RunReport
{
    public List<Change> Changes { get; } = [];

    public List<NodePortConflict> Conflicts { get; } = [];

    public List<string> Problems { get; } = [];

    public List<ProbeResult> Probes { get; } = [];

    /// <summary>destroy only: why an object was left in place, such as a namespace that still holds other objects.</summary>
    public List<string>? Notes { get; set; }

    /// <summary>ports only: how the node-port range is used, beside the topology's claims.</summary>
    public NodePortUsage? Ports { get; set; }

    /// <summary>access only: what it wrote.</summary>
    public AccessReport? Access { get; set; }

    public string? Error { get; set; }
}
