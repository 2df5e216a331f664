using Humanizer;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// How far a command's writes got, counted as each completes, for the one line printed when the command is stopped:
/// what was applied or deleted, and what was not.
/// </summary>
internal sealed class WriteProgress(string command)
{
    private int _applied;
    private int _deleted;
    private int _toApply;
    private int _toDelete;

    /// <summary>What the command was doing once its writes were done ("waiting for readiness"), or null.</summary>
    public string? Phase { get; set; }

    /// <summary>True for a server-side dry run: nothing it sends is stored.</summary>
    public bool DryRun { get; set; }

    public void WillApply(int count) => Interlocked.Add(ref _toApply, count);

    public void WillDelete(int count) => Interlocked.Add(ref _toDelete, count);

    public void Applied() => Interlocked.Increment(ref _applied);

    public void Deleted() => Interlocked.Increment(ref _deleted);

    /// <summary>"Stopped: 120 of 801 objects applied, 681 not; ...", or that nothing was changed.</summary>
    public string DescribeStop()
    {
        var (applied, deleted, toApply, toDelete) = (Volatile.Read(ref _applied), Volatile.Read(ref _deleted), Volatile.Read(ref _toApply), Volatile.Read(ref _toDelete));
        if (DryRun || toApply + toDelete == 0)
        {
            return $"Stopped: {command} changed nothing on the cluster.";
        }

        var parts = new List<string>();
        if (toApply > 0)
        {
            parts.Add(Count(applied, toApply, "applied"));
        }

        if (toDelete > 0)
        {
            parts.Add(Count(deleted, toDelete, "deleted"));
        }

        var finished = applied == toApply && deleted == toDelete;
        var tail = finished
            ? Phase is { } phase ? $"; {phase} did not finish" : ""
            : $" (a request cancelled in flight may have been carried out too); run {command} again to finish";
        return $"Stopped: {string.Join("; ", parts)}{tail}.";
    }

    /// <summary>"4 of 10 objects applied, 6 not", "all 10 objects applied", "1 object applied".</summary>
    private static string Count(int done, int total, string verb) =>
        done < total ? $"{done} of {"object".ToQuantity(total)} {verb}, {total - done} not"
        : total == 1 ? $"1 object {verb}"
        : $"all {total} objects {verb}";
}
