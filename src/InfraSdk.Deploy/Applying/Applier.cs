using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Topology;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// Server-side apply, one PATCH per object, stage by stage in <see cref="ResourceKinds"/> order, each stage with bounded
/// parallelism. A stage with a refused object stops the run before the next stage. A dry run cannot check objects in
/// a namespace it would create (the server has no such namespace yet), so it reports them as creates unchecked.
/// Changes settled beforehand are carried out as such: an unchanged object is not sent again, one to be replaced is
/// deleted and created again in its stage (a dry run only reports it). Each object done counts in <paramref name="progress"/>.
/// </summary>
internal sealed class Applier(ClusterApi api, DesiredTopology topology, int parallelism, Recreator recreator, WriteProgress progress)
{
    public async Task<ApplyResult> ApplyAsync(
        OwnedState owned, IReadOnlyDictionary<ObjectKey, Change> settled, bool dryRun, bool forceConflicts, CancellationToken cancellationToken)
    {
        var changes = new List<Change>();
        var failures = new List<string>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        var newNamespaces = new HashSet<string>(StringComparer.Ordinal);
        progress.WillApply(topology.Objects.Count);
        foreach (var stage in topology.Objects.GroupBy(o => ResourceKinds.ApplyRank(o.Key.Kind)))
        {
            var batch = stage.ToList();
            if (dryRun)
            {
                var skipped = batch.Where(o => o.Key.Namespace is { } ns && newNamespaces.Contains(ns)).ToList();
                changes.AddRange(skipped.Select(o => Change.Of(o.Key, ChangeAction.Create)));
                batch = batch.Except(skipped).ToList();
            }

            var outcomes = new (Change? Change, string? Failure)[batch.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, batch.Count), options, async (index, ct) =>
            {
                outcomes[index] = settled.GetValueOrDefault(batch[index].Key) switch
                {
                    { Action: ChangeAction.Replace } replacement => await ReplaceAsync(batch[index], replacement, dryRun, forceConflicts, ct),
                    { Action: ChangeAction.Unchanged } unchanged => (unchanged, null),
                    _ => await ApplyAsync(batch[index], owned.Find(batch[index].Key), dryRun, forceConflicts, ct),
                };
                if (outcomes[index].Failure is null)
                {
                    progress.Applied();
                }
            });
            changes.AddRange(outcomes.Select(o => o.Change).OfType<Change>());
            newNamespaces.UnionWith(outcomes.Select(o => o.Change)
                .Where(c => c is { Action: ChangeAction.Create } && c.Key.GroupKind == ResourceKinds.NamespaceKind)
                .Select(c => c!.Key.Name));
            failures.AddRange(outcomes.Select(o => o.Failure).OfType<string>());
            if (failures.Count > 0)
            {
                break;
            }
        }

        return new ApplyResult(changes, failures);
    }

    private async Task<(Change?, string?)> ReplaceAsync(DesiredObject desired, Change replacement, bool dryRun, bool force, CancellationToken ct)
    {
        if (dryRun)
        {
            return (replacement, null);
        }

        await recreator.DeleteAndWaitAsync(desired, ct);
        try
        {
            await api.ApplyAsync(desired, dryRun: false, force, ct);
            return (replacement, null);
        }
        catch (HttpOperationException error) when (!TransientFailure.Is(error, ct) && !ApiStatus.IsForbidden(error))
        {
            return (null, $"{desired.Key} was deleted to be replaced, and creating it again failed: {ApiRejection.Describe(desired, error)}");
        }
    }

    private async Task<(Change?, string?)> ApplyAsync(DesiredObject desired, IKubernetesObject<V1ObjectMeta>? before, bool dryRun, bool force, CancellationToken ct)
    {
        try
        {
            var response = await api.ApplyAsync(desired, dryRun, force, ct);
            if (response.Created || before is null)
            {
                return (Change.Of(desired.Key, response.Created ? ChangeAction.Create : ChangeAction.Update), null);
            }

            var fields = FieldDiff.Compare(before, response.Object);
            return (new Change(desired.Key, fields.Count == 0 ? ChangeAction.Unchanged : ChangeAction.Update, fields), null);
        }
        catch (HttpOperationException error) when (!TransientFailure.Is(error, ct) && !ApiStatus.IsForbidden(error))
        {
            return (null, ApiRejection.Describe(desired, error));
        }
    }
}
