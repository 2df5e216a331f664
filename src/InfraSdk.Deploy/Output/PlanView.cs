using InfraSdk.Deploy.Planning;
using Spectre.Console;

namespace InfraSdk.Deploy.Output;

/// <summary>Changes per object (with a field diff for updates), then conflicts and problems.</summary>
internal static class PlanView
{
    public static void WriteChanges(IAnsiConsole console, IEnumerable<Change> changes)
    {
        foreach (var change in changes)
        {
            var (symbol, colour) = change.Action switch
            {
                ChangeAction.Create => ("+", "green"),
                ChangeAction.Update => ("~", "yellow"),
                ChangeAction.Replace => ("±", "magenta"),
                ChangeAction.Prune or ChangeAction.Delete => ("-", "red"),
                _ => ("=", "grey"),
            };
            console.MarkupLine($"[{colour}]{symbol} {JsonReportWriter.Spell(change.Action),-9} {Markup.Escape(change.Key.ToString())}[/]");
            foreach (var field in change.Fields)
            {
                console.MarkupLine($"    [grey]{Markup.Escape(field.ToString())}[/]");
            }

            if (change.Reason is { } reason)
            {
                console.MarkupLine($"    [magenta]{Markup.Escape(reason)}[/]");
            }

            if (change.Problem is { } problem)
            {
                console.MarkupLine($"    [red]{Markup.Escape(problem)}[/]");
            }
        }
    }

    public static void WriteBlockers(IAnsiConsole console, IReadOnlyList<NodePortConflict> conflicts, IReadOnlyList<string> problems)
    {
        foreach (var conflict in conflicts)
        {
            console.MarkupLine($"[red]conflict:[/] {Markup.Escape(conflict.ToString())}");
        }

        foreach (var problem in problems)
        {
            console.MarkupLine($"[red]problem:[/] {Markup.Escape(problem)}");
        }
    }

    public static void WriteSummary(IAnsiConsole console, IEnumerable<Change> changes)
    {
        var counts = changes.GroupBy(change => change.Action).OrderBy(group => group.Key)
            .Select(group => $"{group.Count()} {JsonReportWriter.Spell(group.Key)}");
        console.MarkupLine($"[bold]{Markup.Escape(string.Join(", ", counts))}[/]");
    }
}
