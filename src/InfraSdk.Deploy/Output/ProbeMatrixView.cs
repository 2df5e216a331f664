using System.Globalization;
using InfraSdk.Deploy.Probing;
using Spectre.Console;

namespace InfraSdk.Deploy.Output;

/// <summary>
/// A node × service-port matrix of probe results, then the addresses a user can hand out. Past
/// <see cref="MatrixColumns"/> service ports the matrix becomes one row of counts per node, with the first few
/// pairs that did not answer, and the addresses are cut after a few: the JSON output has every pair.
/// </summary>
internal static class ProbeMatrixView
{
    public const int MatrixColumns = 8;

    public static void Write(IAnsiConsole console, IReadOnlyList<ProbeResult> results)
    {
        if (results.Count == 0)
        {
            console.MarkupLine("[grey]No NodePort or LoadBalancer Service to probe.[/]");
            return;
        }

        var columns = results.Select(r => (r.Target.Service, r.Target.NodePort, r.Target.Protocol)).Distinct().ToList();
        if (columns.Count > MatrixColumns)
        {
            WriteCounts(console, results, columns.Count);
            WriteAddresses(console, results);
            return;
        }

        var table = new Table().AddColumn("Node").AddColumn("Address");
        foreach (var (service, nodePort, protocol) in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape($"{service}\n{nodePort}/{protocol}")));
        }

        foreach (var node in results.GroupBy(r => (r.Target.Node, r.Target.Address)))
        {
            var cells = new List<Markup> { new(Markup.Escape(node.Key.Node)), new(Markup.Escape(node.Key.Address ?? "-")) };
            cells.AddRange(columns.Select(column =>
                Cell(node.FirstOrDefault(r => (r.Target.Service, r.Target.NodePort, r.Target.Protocol) == column))));
            table.AddRow(cells);
        }

        console.Write(table);
        WriteAddresses(console, results);
    }

    private static void WriteCounts(IAnsiConsole console, IReadOnlyList<ProbeResult> results, int servicePorts)
    {
        var outcomes = results.Select(r => r.Outcome).Distinct().Order().ToList();
        var table = new Table().AddColumn("Node").AddColumn("Address");
        foreach (var outcome in outcomes)
        {
            table.AddColumn(JsonReportWriter.Spell(outcome));
        }

        foreach (var node in results.GroupBy(r => (r.Target.Node, r.Target.Address)))
        {
            var cells = new List<string> { Markup.Escape(node.Key.Node), Markup.Escape(node.Key.Address ?? "-") };
            cells.AddRange(outcomes.Select(outcome => node.Count(r => r.Outcome == outcome).ToString(CultureInfo.InvariantCulture)));
            table.AddRow(cells.ToArray());
        }

        console.MarkupLine($"[bold]{servicePorts.ToString(CultureInfo.InvariantCulture)} service ports on {results.Select(r => r.Target.Node).Distinct().Count().ToString(CultureInfo.InvariantCulture)} nodes[/]");
        console.Write(table);
        var failed = results.Where(r => !r.IsAcceptable).Select(r => $"{r.Target.Node} {r.Target.Address ?? "-"}:{r.Target.NodePort.ToString(CultureInfo.InvariantCulture)} ({r.Target.Service}) {JsonReportWriter.Spell(r.Outcome)}").ToList();
        if (failed.Count > 0)
        {
            console.MarkupLine($"[red]Did not answer:[/] {Markup.Escape(ShortList.Of(failed, 5))}");
        }
    }

    private static void WriteAddresses(IAnsiConsole console, IReadOnlyList<ProbeResult> results)
    {
        var addresses = results
            .Where(r => r.Outcome == ProbeOutcome.Reachable)
            .Select(r => $"{(r.Target.Protocol == ProbeTarget.Udp ? "udp" : "http")}://{FormatHost(r.Target.Address!)}:{r.Target.NodePort.ToString(CultureInfo.InvariantCulture)}  ({r.Target.Service})")
            .ToList();
        if (addresses.Count > 0)
        {
            console.MarkupLine("[bold]Addresses to hand out:[/]");
            foreach (var address in addresses.Take(PlanView.Shown))
            {
                console.WriteLine("  " + address);
            }

            if (addresses.Count > PlanView.Shown)
            {
                console.WriteLine($"  and {(addresses.Count - PlanView.Shown).ToString(CultureInfo.InvariantCulture)} more (--output json lists them all)");
            }
        }
    }

    private static Markup Cell(ProbeResult? result) => result switch
    {
        null => new Markup(""),
        { Outcome: ProbeOutcome.Reachable, LatencyMs: { } latency } => new Markup($"[green]reachable {latency.ToString("0.#", CultureInfo.InvariantCulture)} ms[/]"),
        { Outcome: ProbeOutcome.NoLocalEndpoint or ProbeOutcome.NotProbed } => new Markup($"[grey]{JsonReportWriter.Spell(result.Outcome)}[/]"),
        _ => new Markup($"[red]{JsonReportWriter.Spell(result.Outcome)}[/]"),
    };

    private static string FormatHost(string address) => address.Contains(':') ? $"[{address}]" : address;
}
