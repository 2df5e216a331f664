using Spectre.Console;

namespace InfraSdk.Deploy.Waiting;

/// <summary>In a pipe or CI: one line each time an object's status changes; past a few objects, one summary line each time the counts change.</summary>
internal sealed class PlainRolloutDisplay(IAnsiConsole console) : IRolloutDisplay
{
    public Task RunAsync(Func<Action<IReadOnlyList<Readiness>>, Task> body)
    {
        var last = new Dictionary<Topology.ObjectKey, string>();
        string? lastSummary = null;
        return body(states =>
        {
            if (states.Count > RolloutSummary.PerObjectUpTo)
            {
                var summary = RolloutSummary.Of(states);
                if (summary != lastSummary)
                {
                    lastSummary = summary;
                    console.WriteLine(summary);
                }

                return;
            }

            foreach (var state in states.Where(state => last.GetValueOrDefault(state.Key) != state.Detail))
            {
                last[state.Key] = state.Detail;
                console.WriteLine($"{state.Key}: {state.Detail}");
            }
        });
    }
}
