using Spectre.Console;

namespace InfraSdk.Deploy.Waiting;

/// <summary>On a terminal: a table redrawn in place as objects become ready; past a few objects, the counts and the first few still waiting.</summary>
internal sealed class LiveRolloutDisplay(IAnsiConsole console) : IRolloutDisplay
{
    public Task RunAsync(Func<Action<IReadOnlyList<Readiness>>, Task> body)
    {
        var table = new Table().AddColumn("Object").AddColumn("Status");
        return console.Live(table).AutoClear(false).StartAsync(context => body(states =>
        {
            table.Rows.Clear();
            var shown = states.Count > RolloutSummary.PerObjectUpTo
                ? states.Where(state => !state.Ready).Take(RolloutSummary.PerObjectUpTo / 2).ToList()
                : states;
            if (shown.Count < states.Count)
            {
                table.AddRow(new Markup("[bold]all[/]"), new Markup($"[bold]{Markup.Escape(RolloutSummary.Of(states).Split(';')[0])}[/]"));
            }

            foreach (var state in shown)
            {
                var status = state.Ready ? $"[green]{Markup.Escape(state.Detail)}[/]" : $"[yellow]{Markup.Escape(state.Detail)}[/]";
                table.AddRow(new Markup(Markup.Escape(state.Key.ToString())), new Markup(status));
            }

            context.Refresh();
        }));
    }
}
