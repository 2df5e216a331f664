using System.Collections.Concurrent;
using Humanizer;
using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// Deletes an object the API server will not update in place, with its dependents (foreground), and waits until it
/// is gone, so that it can be created again under the same name. Whether it is gone is read with one list request per
/// resource and namespace, shared by every object being replaced at the same time, never a GET per object.
/// </summary>
internal sealed class Recreator(ClusterApi api, TimeProvider time, TimeSpan timeout)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private readonly ConcurrentDictionary<(ApiResource Resource, string? Namespace), Lazy<Task<Snapshot>>> _snapshots = new();

    public async Task DeleteAndWaitAsync(DesiredObject desired, CancellationToken cancellationToken)
    {
        await api.DeleteAsync(desired.Key, cancellationToken, foreground: true);
        var resource = await api.ResourceOfAsync(desired, cancellationToken);
        var scope = (resource, resource.Namespaced ? desired.Key.Namespace : null);
        var started = time.GetUtcNow();
        var notBefore = started;
        while (await ExistsAsync(scope, desired.Key.Name, notBefore, cancellationToken))
        {
            if (time.GetUtcNow() - started >= timeout)
            {
                throw new CommandException($"{desired.Key} was still being deleted after {timeout.Humanize()}, so it was not created again; rerun deploy --recreate once it is gone.");
            }

            await Task.Delay(PollInterval, time, cancellationToken);
            notBefore = time.GetUtcNow();
        }
    }

    /// <summary>Whether the name is in a list of the scope begun at <paramref name="notBefore"/> or later (another waiter's, when fresh enough).</summary>
    private async Task<bool> ExistsAsync((ApiResource Resource, string? Namespace) scope, string name, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var current = _snapshots.GetOrAdd(scope, key => NewList(key, cancellationToken));
            var snapshot = await current.Value;
            if (snapshot.Started >= notBefore)
            {
                return snapshot.Names.Contains(name);
            }

            _snapshots.TryUpdate(scope, NewList(scope, cancellationToken), current);
        }

        return (await ListAsync(scope, cancellationToken)).Names.Contains(name);
    }

    private Lazy<Task<Snapshot>> NewList((ApiResource Resource, string? Namespace) scope, CancellationToken cancellationToken) =>
        new(() => ListAsync(scope, cancellationToken));

    private async Task<Snapshot> ListAsync((ApiResource Resource, string? Namespace) scope, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var items = await api.ListAsync(scope.Resource, scope.Namespace, null, cancellationToken);
        return new Snapshot(started, items.Select(item => item.Metadata.Name).ToHashSet(StringComparer.Ordinal));
    }

    private sealed record Snapshot(DateTimeOffset Started, HashSet<string> Names);
}
