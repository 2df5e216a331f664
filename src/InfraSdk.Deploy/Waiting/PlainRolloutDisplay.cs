using Spectre.Console;

namespace InfraSdk.Deploy.Waiting;

/// <summary>In a pipe or CI: one line each time an object's status changes.</summary>
internal sealed class PlainRolloutDisplay(IAnsiConsole console) : IRolloutDisplay
{
    public Task RunAsync(Func<Action<IReadOnlyList<Readiness>>, Task> body)
    {
        var last = new Dictionary<Topology.ObjectKey, string>();
        return body(states =>
        {
            foreach (var state in states.Where(state => last.GetValueOrDefault(state.Key) != state.Detail))
            {
                last[state.Key] = state.Detail;
                console.WriteLine($"{state.Key}: {state.Detail}");
            }
        });
    }
}
