using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Topology;
using InfraSdk.Kubernetes;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace InfraSdk.Deploy.Planning;

/// <summary>
/// Reads the live state and works out each object's change. An existing object is compared with what a server-side
/// dry-run apply would make of it, so defaults and other field managers are taken into account as the server sees them.
/// </summary>
internal sealed class Planner(ClusterApi api, DesiredTopology topology, int parallelism)
{
    public async Task<Plan> PlanAsync(NodePortRange range, bool forceConflicts, bool pruning, CancellationToken cancellationToken)
    {
        var (conflicts, problems) = await CheckNodePortsAsync(range, pruning, cancellationToken);
        var owned = await OwnedObjects.ReadAsync(api, topology, cancellationToken);
        AppliedKinds.Stamp(topology, owned.Objects.Keys);
        // Declared objects that exist without InfraSdk's labels are found by one list per kind and namespace, not a GET each.
        var unowned = await LiveObjects.ReadAsync(api, topology.Objects.Where(o => owned.Find(o.Key) is null), parallelism, cancellationToken);
        var changes = new Change[topology.Objects.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, changes.Length), options, async (index, ct) =>
            changes[index] = await PlanAsync(topology.Objects[index], owned.Find(topology.Objects[index].Key) ?? unowned.GetValueOrDefault(topology.Objects[index].Key), forceConflicts, ct));
        var prunes = OwnedObjects.Undeclared(topology, owned).Select(key => Change.Of(key, ChangeAction.Prune));
        return new Plan([.. changes, .. prunes], conflicts, problems);
    }

    /// <summary>
    /// The change of each declared object that exists, as plan finds it: replace when an immutable field differs,
    /// else what a server-side dry run makes of it.
    /// </summary>
    public async Task<IReadOnlyList<Change>> PlanExistingAsync(OwnedState owned, bool forceConflicts, CancellationToken cancellationToken)
    {
        var existing = topology.Objects.Where(o => owned.Find(o.Key) is not null).ToList();
        var changes = new Change[existing.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, changes.Length), options, async (index, ct) =>
            changes[index] = await PlanAsync(existing[index], owned.Find(existing[index].Key), forceConflicts, ct));
        return changes;
    }

    /// <summary>The conflicts and range problems that block a deploy; one list request.</summary>
    public async Task<(IReadOnlyList<NodePortConflict> Conflicts, IReadOnlyList<string> Problems)> CheckNodePortsAsync(
        NodePortRange range, bool pruning, CancellationToken cancellationToken)
    {
        var services = await api.ListServicesAsync(cancellationToken);
        return (NodePortConflicts.Find(topology, services, pruning), NodePortRangeCheck.Find(topology, range));
    }

    private async Task<Change> PlanAsync(DesiredObject desired, IKubernetesObject<V1ObjectMeta>? live, bool force, CancellationToken ct)
    {
        if (live is null)
        {
            return Change.Of(desired.Key, ChangeAction.Create);
        }

        if (ImmutableFields.Changed(desired, live) is { } reason)
        {
            return Change.Replace(desired.Key, reason);
        }

        try
        {
            var result = await api.ApplyAsync(desired, dryRun: true, force, ct);
            var fields = FieldDiff.Compare(live, result.Object);
            return new Change(desired.Key, fields.Count == 0 ? ChangeAction.Unchanged : ChangeAction.Update, fields);
        }
        catch (HttpOperationException error) when (!TransientFailure.Is(error, ct) && !ApiStatus.IsForbidden(error))
        {
            return ImmutableRefusal.Reason(error) is { } refusal
                ? Change.Replace(desired.Key, refusal)
                : new Change(desired.Key, ChangeAction.Update, [], ApiRejection.Describe(desired, error));
        }
    }
}
