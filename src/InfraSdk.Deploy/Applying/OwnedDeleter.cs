using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// Deletes owned objects in reverse apply order. A namespace is deleted only when nothing else of the kinds InfraSdk
/// listed lives in it (a namespace delete takes everything inside along) and never when the API server keeps it for itself.
/// </summary>
internal sealed class OwnedDeleter(ClusterApi api, OwnedState owned)
{
    public async Task<(IReadOnlyList<Change> Changes, IReadOnlyList<string> Notes)> DeleteAsync(
        IReadOnlyList<ObjectKey> doomed, ChangeAction action, bool dryRun, CancellationToken cancellationToken)
    {
        var changes = new List<Change>();
        var notes = new List<string>();
        var doomedSet = doomed.ToHashSet();
        foreach (var key in doomed.OrderBy(key => ResourceKinds.DeleteRank(key.Kind)))
        {
            if (key.GroupKind == ResourceKinds.NamespaceKind && await ReasonToKeepAsync(key.Name, doomedSet, cancellationToken) is { } reason)
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

        var others = new List<ObjectKey>();
        foreach (var resource in owned.Resources.Where(resource => resource.Namespaced))
        {
            others.AddRange((await api.ListAsync(resource, ns, null, cancellationToken))
                .Where(item => !OwnedObjects.IsControlled(item))
                .Select(item => OwnedObjects.KeyOf(resource, item))
                .Where(key => !doomed.Contains(key)));
        }

        return others.Count == 0 ? null : $"it still holds {ShortList.Of(others.Select(key => key.ToString()))}, which this command does not delete";
    }
}
