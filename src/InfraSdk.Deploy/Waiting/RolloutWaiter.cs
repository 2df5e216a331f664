using Humanizer;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Output;

namespace InfraSdk.Deploy.Waiting;

/// <summary>Polls readiness until everything is ready or the timeout passes.</summary>
internal sealed class RolloutWaiter(ReadinessCheck check, IRolloutDisplay display, TimeProvider time)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        IReadOnlyList<Readiness> states = [];
        await display.RunAsync(async report =>
        {
            while (true)
            {
                states = await check.ReadAsync(cancellationToken);
                report(states);
                if (states.All(state => state.Ready) || time.GetUtcNow() - started >= timeout)
                {
                    return;
                }

                await Task.Delay(PollInterval, time, cancellationToken);
            }
        });

        var waiting = states.Where(state => !state.Ready).Select(state => $"{state.Key} ({state.Detail})").ToList();
        if (waiting.Count > 0)
        {
            throw new CommandException($"Timed out after {timeout.Humanize()} waiting for {ShortList.Of(waiting)}.");
        }
    }
}
