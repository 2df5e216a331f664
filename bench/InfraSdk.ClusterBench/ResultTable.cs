using System.Globalization;
using System.Text;

namespace InfraSdk.ClusterBench;

/// <summary>The Markdown table of one configuration's runs, each figure beside its goal.</summary>
public static class ResultTable
{
    public static string Format(BenchOptions options, IReadOnlyList<BenchResult> runs)
    {
        var mode = options.StateDirectory is null ? "in memory" : "with --state (SQLite WAL, group commit)";
        var writes = Figures.Of(runs.SelectMany(run => run.WritesPerSecond));
        var creates = Figures.Of(runs.Select(run => run.WritesPerSecond[0]));
        var cpu = Figures.Of(runs.Select(run => run.CpuMillisecondsPerWrite));
        var ready = Figures.Of(runs.Select(run => run.TimeToReady.TotalSeconds));
        var rss = Figures.Of(runs.Select(run => run.PeakRssBytes / (1024.0 * 1024)));
        var passes = runs[0].PassTimes.Count;
        var met = writes.Median >= options.WritesPerSecondGoal ? "met" : $"**not met** ({writes.Median / options.WritesPerSecondGoal:P0} of the goal)";
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{options.Services} NodePort Services + {options.Services} Deployments of {options.Replicas} on {options.Nodes} nodes, {mode}, {options.Clients} concurrent clients, {runs.Count} runs of {passes} passes ({runs[0].WritesPerPass} server-side applies each: 1 creating, {passes - 1} updating):"));
        text.AppendLine();
        text.AppendLine("| figure | median | min | max | goal | |");
        text.AppendLine("|---|---:|---:|---:|---|---|");
        text.AppendLine(Invariant($"| API writes/s, every pass | {writes.Median:F0} | {writes.Min:F0} | {writes.Max:F0} | ≥ {options.WritesPerSecondGoal:N0} | {met} |"));
        text.AppendLine(Invariant($"| API writes/s, creating passes only | {creates.Median:F0} | {creates.Min:F0} | {creates.Max:F0} | | |"));
        text.AppendLine(Invariant($"| CPU ms per write (whole process: cluster and clients) | {cpu.Median:F2} | {cpu.Min:F2} | {cpu.Max:F2} | | |"));
        text.AppendLine(Invariant($"| time to ready after the creating pass (s) | {ready.Median:F2} | {ready.Min:F2} | {ready.Max:F2} | | |"));
        text.AppendLine(Invariant($"| peak RSS (MiB) | {rss.Median:F0} | {rss.Min:F0} | {rss.Max:F0} | < 2,048 | {(rss.Max < 2048 ? "met" : "**not met**")} |"));
        text.AppendLine(Invariant($"| all ready | {runs.Count(run => run.AllReady)} of {runs.Count} runs | | | | |"));
        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
