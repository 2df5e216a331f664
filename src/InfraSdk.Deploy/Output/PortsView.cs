using System.Globalization;
using InfraSdk.Deploy.Planning;
using Spectre.Console;

namespace InfraSdk.Deploy.Output;

/// <summary>The range's usage per band, who holds what, and the topology's claims.</summary>
internal static class PortsView
{
    public static void Write(IAnsiConsole console, NodePortUsage usage)
    {
        var range = usage.Range;
        var bands = new Table().AddColumn("Band").AddColumn("Ports").AddColumn("Held").AddColumn("Free");
        bands.AddRow("static (pin ports here)", Span(range.First, range.StaticBandLast), Count(usage.StaticHeld), Count(range.StaticBandSize - usage.StaticHeld));
        bands.AddRow("dynamic (automatic picks)", Span(range.StaticBandLast + 1, range.Last), Count(usage.DynamicHeld), Count(usage.DynamicSize - usage.DynamicHeld));
        bands.AddRow("[bold]whole range[/]", Span(range.First, range.Last), Count(usage.StaticHeld + usage.DynamicHeld), Count(range.Size - usage.StaticHeld - usage.DynamicHeld));
        console.MarkupLine($"[bold]Node-port range {range}[/] (the API does not report it; pass --node-port-range if the cluster uses another)");
        console.Write(bands);

        if (usage.Held.Count > 0)
        {
            var holders = new Table().AddColumn("nodePort").AddColumn("Held by");
            foreach (var (port, holder) in usage.Held.Take(PlanView.Shown))
            {
                holders.AddRow(Count(port), Markup.Escape(holder));
            }

            if (usage.Held.Count > PlanView.Shown)
            {
                holders.AddRow("", $"[grey]and {Count(usage.Held.Count - PlanView.Shown)} more (--output json lists them all)[/]");
            }

            console.Write(holders);
        }

        var claims = new Table().AddColumn("Declared").AddColumn("nodePort").AddColumn("Band").AddColumn("State");
        // Claims in trouble first, so that a cut list still shows every kind of problem it has.
        var ordered = usage.Claims.OrderBy(claim => IsTrouble(claim.State) ? 0 : 1).ToList();
        foreach (var claim in ordered.Take(PlanView.Shown))
        {
            var colour = IsTrouble(claim.State) ? "red" : "green";
            claims.AddRow(Markup.Escape($"{claim.Claim.Service.Key.QualifiedName} {claim.Claim.Where}"), Count(claim.Claim.NodePort), claim.Band, $"[{colour}]{Markup.Escape(claim.State)}[/]");
        }

        if (ordered.Count > PlanView.Shown)
        {
            var trouble = ordered.Count(claim => IsTrouble(claim.State));
            claims.AddRow($"[grey]and {Count(ordered.Count - PlanView.Shown)} more[/]", "", "", trouble > PlanView.Shown ? $"[red]{Count(trouble - PlanView.Shown)} more in conflict or outside[/]" : "[grey]-[/]");
        }

        console.MarkupLine("[bold]This topology's claims[/]");
        console.Write(claims);
    }

    private static bool IsTrouble(string state) =>
        state.StartsWith("conflict", StringComparison.Ordinal) || state.StartsWith("outside", StringComparison.Ordinal);

    private static string Span(int first, int last) => last < first ? "-" : $"{Count(first)}-{Count(last)}";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
