using System.Globalization;
using InfraSdk.Deploy.Probing;
using Spectre.Console;

namespace InfraSdk.Deploy.Output;

/// <summary>A node × service-port matrix of probe results, then the addresses a user can hand out.</summary>
internal static class ProbeMatrixView
{
    public static void Write(IAnsiConsole console, IReadOnlyList<ProbeResult> results)
    {
        if (results.Count == 0)
        {
            console.MarkupLine("[grey]No NodePort or LoadBalancer Service to probe.[/]");
            return;
        }

        var columns = results.Select(r => (r.Target.Service, r.Target.NodePort, r.Target.Protocol)).Distinct().ToList();
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
        var addresses = results
            .Where(r => r.Outcome == ProbeOutcome.Reachable)
            .Select(r => $"http://{FormatHost(r.Target.Address!)}:{r.Target.NodePort.ToString(CultureInfo.InvariantCulture)}  ({r.Target.Service})")
            .ToList();
        if (addresses.Count > 0)
        {
            console.MarkupLine("[bold]Addresses to hand out:[/]");
            foreach (var address in addresses)
            {
                console.WriteLine("  " + address);
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
