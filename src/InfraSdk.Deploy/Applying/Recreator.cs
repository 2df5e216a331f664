using Humanizer;
using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// Deletes an object the API server will not update in place, with its dependents (foreground), and waits until it
/// is gone, so that it can be created again under the same name.
/// </summary>
internal sealed class Recreator(ClusterApi api, TimeProvider time, TimeSpan timeout)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    public async Task DeleteAndWaitAsync(DesiredObject desired, CancellationToken cancellationToken)
    {
        await api.DeleteAsync(desired.Key, cancellationToken, foreground: true);
        var started = time.GetUtcNow();
        while (await api.GetAsync(desired, cancellationToken) is not null)
        {
            if (time.GetUtcNow() - started >= timeout)
            {
                throw new CommandException($"{desired.Key} was still being deleted after {timeout.Humanize()}, so it was not created again; rerun deploy --recreate once it is gone.");
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }
}
