using Humanizer;
using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Output;

namespace InfraSdk.Deploy.Waiting;

/// <summary>
/// Waits until everything is ready or the timeout passes: by watching when the server offers watch, else (or when a
/// watch is refused) by polling.
/// </summary>
internal sealed class RolloutWaiter(ReadinessCheck check, IRolloutDisplay display, TimeProvider time)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        IReadOnlyList<Readiness> states = [];
        await display.RunAsync(async report =>
        {
            try
            {
                if (await check.WatchedAsync(time, cancellationToken) is { } watched)
                {
                    states = await watched.WaitAsync(report, timeout, cancellationToken);
                    return;
                }
            }
            catch (WatchUnavailableException)
            {
                // A server that lists watch but refuses it: poll for the time that is left.
            }

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
