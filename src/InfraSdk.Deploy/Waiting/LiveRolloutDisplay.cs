using Spectre.Console;

namespace InfraSdk.Deploy.Waiting;

/// <summary>On a terminal: a table redrawn in place as objects become ready.</summary>
internal sealed class LiveRolloutDisplay(IAnsiConsole console) : IRolloutDisplay
{
    public Task RunAsync(Func<Action<IReadOnlyList<Readiness>>, Task> body)
    {
        var table = new Table().AddColumn("Object").AddColumn("Status");
        return console.Live(table).AutoClear(false).StartAsync(context => body(states =>
        {
            table.Rows.Clear();
            foreach (var state in states)
            {
                var status = state.Ready ? $"[green]{Markup.Escape(state.Detail)}[/]" : $"[yellow]{Markup.Escape(state.Detail)}[/]";
                table.AddRow(new Markup(Markup.Escape(state.Key.ToString())), new Markup(status));
            }

            context.Refresh();
        }));
    }
}
