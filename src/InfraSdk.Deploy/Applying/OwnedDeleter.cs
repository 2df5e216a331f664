using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// Deletes owned objects in reverse apply order. A namespace is deleted only when nothing else lives in it (a namespace
/// delete takes everything inside along) and never when the API server keeps it for itself.
/// </summary>
internal sealed class OwnedDeleter(ClusterApi api)
{
    public async Task<(IReadOnlyList<Change> Changes, IReadOnlyList<string> Notes)> DeleteAsync(
        IReadOnlyList<ObjectKey> doomed, ChangeAction action, bool dryRun, CancellationToken cancellationToken)
    {
        var changes = new List<Change>();
        var notes = new List<string>();
        var doomedSet = doomed.ToHashSet();
        foreach (var key in doomed.OrderBy(key => ResourceKinds.DeleteRank(key.Kind)))
        {
            if (key.Kind == ResourceKinds.Namespace && await ReasonToKeepAsync(key.Name, doomedSet, cancellationToken) is { } reason)
            {
                notes.Add($"Kept namespace {key.Name}: {reason}.");
                continue;
            }

            if (dryRun || await api.DeleteAsync(key, cancellationToken))
            {
                changes.Add(Change.Of(key, action));
            }
        }

        return (changes, notes);
    }

    private async Task<string?> ReasonToKeepAsync(string ns, HashSet<ObjectKey> doomed, CancellationToken cancellationToken)
    {
        if (ResourceKinds.SystemNamespaces.Contains(ns))
        {
            return "the API server keeps it";
        }

        var others = (await api.ListServicesAsync(ns, cancellationToken))
            .Select(service => new ObjectKey(ResourceKinds.Service, ns, service.Metadata.Name))
            .Concat((await api.ListDeploymentsAsync(ns, cancellationToken)).Select(deployment => new ObjectKey(ResourceKinds.Deployment, ns, deployment.Metadata.Name)))
            .Where(key => !doomed.Contains(key))
            .ToList();
        return others.Count == 0 ? null : $"it still holds {string.Join(", ", others)}, which this command does not delete";
    }
}
