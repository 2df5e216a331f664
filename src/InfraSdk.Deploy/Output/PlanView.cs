using InfraSdk.Deploy.Planning;
using Spectre.Console;

namespace InfraSdk.Deploy.Output;

/// <summary>
/// Changes per object (with a field diff for updates), then conflicts and problems. At most <see cref="Shown"/> lines
/// per action, then "and N more": at 2,768 Services the text stays readable (the JSON output has every object).
/// </summary>
internal static class PlanView
{
    public const int Shown = 20;

    public static void WriteChanges(IAnsiConsole console, IEnumerable<Change> changes)
    {
        var written = new Dictionary<ChangeAction, int>();
        var hidden = new Dictionary<ChangeAction, int>();
        foreach (var change in changes)
        {
            if (written.GetValueOrDefault(change.Action) >= Shown)
            {
                hidden[change.Action] = hidden.GetValueOrDefault(change.Action) + 1;
                continue;
            }

            written[change.Action] = written.GetValueOrDefault(change.Action) + 1;
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

        foreach (var (action, count) in hidden.OrderBy(pair => pair.Key))
        {
            console.MarkupLine($"[grey]  and {count} more {JsonReportWriter.Spell(action)}[/]");
        }
    }

    public static void WriteBlockers(IAnsiConsole console, IReadOnlyList<NodePortConflict> conflicts, IReadOnlyList<string> problems)
    {
        foreach (var conflict in conflicts.Take(Shown))
        {
            console.MarkupLine($"[red]conflict:[/] {Markup.Escape(conflict.ToString())}");
        }

        if (conflicts.Count > Shown)
        {
            console.MarkupLine($"[red]  and {conflicts.Count - Shown} more conflicts[/]");
        }

        foreach (var problem in problems.Take(Shown))
        {
            console.MarkupLine($"[red]problem:[/] {Markup.Escape(problem)}");
        }

        if (problems.Count > Shown)
        {
            console.MarkupLine($"[red]  and {problems.Count - Shown} more problems[/]");
        }
    }

    public static void WriteSummary(IAnsiConsole console, IEnumerable<Change> changes)
    {
        var counts = changes.GroupBy(change => change.Action).OrderBy(group => group.Key)
            .Select(group => $"{group.Count()} {JsonReportWriter.Spell(group.Key)}");
        console.MarkupLine($"[bold]{Markup.Escape(string.Join(", ", counts))}[/]");
    }
}
