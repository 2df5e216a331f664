using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Probing;

namespace InfraSdk.Deploy.Output;

/// <summary>What a plan, deploy or verify found, gathered for the JSON output.</summary>
internal sealed class RunReport
{
    public List<Change> Changes { get; } = [];

    public List<NodePortConflict> Conflicts { get; } = [];

    public List<string> Problems { get; } = [];

    public List<ProbeResult> Probes { get; } = [];

    public string? Error { get; set; }
}
