using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// Deletes owned objects in reverse apply order, stage by stage, each stage with bounded parallelism. A namespace is
/// deleted only when nothing else of the kinds InfraSdk listed lives in it (a namespace delete takes everything
/// inside along) and never when the API server keeps it for itself. Each object done counts in <paramref name="progress"/>.
/// </summary>
internal sealed class OwnedDeleter(ClusterApi api, OwnedState owned, int parallelism, WriteProgress progress)
{
    public async Task<(IReadOnlyList<Change> Changes, IReadOnlyList<string> Notes)> DeleteAsync(
        IReadOnlyList<ObjectKey> doomed, ChangeAction action, bool dryRun, CancellationToken cancellationToken)
    {
        var changes = new List<Change>();
        var notes = new List<string>();
        var doomedSet = doomed.ToHashSet();
        progress.WillDelete(doomed.Count);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        foreach (var stage in doomed.GroupBy(key => ResourceKinds.DeleteRank(key.Kind)).OrderBy(stage => stage.Key))
        {
            var batch = stage.ToList();
            var outcomes = new (Change? Change, string? Note)[batch.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, batch.Count), options, async (index, ct) =>
                outcomes[index] = await DeleteAsync(batch[index], doomedSet, action, dryRun, ct));
            changes.AddRange(outcomes.Select(outcome => outcome.Change).OfType<Change>());
            notes.AddRange(outcomes.Select(outcome => outcome.Note).OfType<string>());
        }

        return (changes, notes);
    }

    private async Task<(Change?, string?)> DeleteAsync(ObjectKey key, HashSet<ObjectKey> doomed, ChangeAction action, bool dryRun, CancellationToken ct)
    {
        if (key.GroupKind == ResourceKinds.NamespaceKind && await ReasonToKeepAsync(key.Name, doomed, ct) is { } reason)
        {
            progress.WillDelete(-1);
            return (null, $"Kept namespace {key.Name}: {reason}.");
        }

        var gone = dryRun || await api.DeleteAsync(key, ct);
        progress.Deleted();
        return gone ? (Change.Of(key, action), null) : (null, null);
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
