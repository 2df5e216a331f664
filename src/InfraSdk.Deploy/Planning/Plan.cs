namespace InfraSdk.Deploy.Planning;

/// <summary>What a deploy would do: a change per object, the nodePort conflicts and other problems that block it.</summary>
internal sealed record Plan(IReadOnlyList<Change> Changes, IReadOnlyList<NodePortConflict> Conflicts, IReadOnlyList<string> Problems)
{
    public bool IsBlocked => Conflicts.Count > 0 || Problems.Count > 0;
}
