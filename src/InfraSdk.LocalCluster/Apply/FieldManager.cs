using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Apply;

/// <summary>
/// Server-side apply and field ownership (the API server's fieldmanager over structured-merge-diff): applies merge
/// by schema and conflict with other owners unless forced, updates take the fields they change, and a field an
/// applier stops applying is removed when nobody else owns it.
/// </summary>
internal sealed class FieldManager(ResourceType type, TimeProvider time)
{
    private readonly ObjectFields _fields = new(ListSchema.For(type));

    /// <summary>Merges an apply configuration into the live object (null when creating) and records ownership.</summary>
    public JsonObject Apply(JsonObject? live, JsonObject applied, string manager, bool force)
    {
        var appliedFields = _fields.Members(applied);
        var entries = ManagedFieldsEntry.Read(live);
        var merged = live is null ? applied.DeepClone().AsObject() : _fields.Merge(live, applied);

        if (live is not null)
        {
            var conflicts = FindConflicts(live, applied, appliedFields, entries, manager);
            if (conflicts.Count > 0 && !force)
            {
                throw ApplyConflict(conflicts);
            }

            entries = entries
                .Select(entry => conflicts.Any(conflict => conflict.Owner == entry)
                    ? entry with { Fields = entry.Fields.Where(path => !conflicts.Any(conflict => conflict.Owner == entry && conflict.Path.SequenceEqual(path))) }
                    : entry)
                .ToList();
        }

        var own = entries.FirstOrDefault(entry => entry.Manager == manager && entry.IsApply);
        if (own is not null)
        {
            var othersFields = entries.Where(entry => entry != own).Aggregate(new FieldSet(), (all, entry) => all.Union(entry.Fields));
            foreach (var dropped in own.Fields.Except(appliedFields).Paths().Where(path => !othersFields.Contains(path)))
            {
                _fields.Remove(merged, dropped);
            }

            entries.Remove(own);
        }

        entries.Add(new ManagedFieldsEntry(manager, ManagedFieldsEntry.ApplyOperation, type.GroupVersion, KubernetesTime.Now(time), appliedFields));
        ManagedFieldsEntry.Write(merged, entries);
        return merged;
    }

    /// <summary>Records a create, update or non-apply patch: the manager takes every field it changed.</summary>
    public void Update(JsonObject? live, JsonObject updated, string manager)
    {
        var changed = _fields.Changed(live, updated);
        var entries = ManagedFieldsEntry.Read(live)
            .Select(entry => entry with { Fields = entry.Fields.Except(changed) })
            .ToList();
        var own = entries.FirstOrDefault(entry => entry.Manager == manager && !entry.IsApply && entry.ApiVersion == type.GroupVersion);
        if (own is not null)
        {
            entries.Remove(own);
        }

        var fields = own is null ? changed : own.Fields.Union(changed);
        if (!fields.IsEmpty)
        {
            entries.Add(new ManagedFieldsEntry(manager, ManagedFieldsEntry.UpdateOperation, type.GroupVersion, KubernetesTime.Now(time), fields));
        }

        ManagedFieldsEntry.Write(updated, entries);
    }

    /// <summary>Drops ownership of paths the final object no longer has (removed, or reset by the server).</summary>
    public void Prune(JsonObject obj)
    {
        var present = _fields.Members(obj);
        ManagedFieldsEntry.Write(obj, ManagedFieldsEntry.Read(obj).Select(entry => entry with { Fields = entry.Fields.Intersect(present) }));
    }

    private List<Conflict> FindConflicts(JsonObject live, JsonObject applied, FieldSet appliedFields, List<ManagedFieldsEntry> entries, string manager)
    {
        var conflicts = new List<Conflict>();
        foreach (var owner in entries.Where(entry => !(entry.Manager == manager && entry.IsApply)))
        {
            foreach (var path in owner.Fields.Intersect(appliedFields).Paths())
            {
                _fields.TryFind(applied, path, out var wanted);
                var isLeaf = wanted is not JsonObject || path[^1].StartsWith("v:", StringComparison.Ordinal);
                if (isLeaf && (!_fields.TryFind(live, path, out var current) || !JsonNode.DeepEquals(current, wanted)))
                {
                    conflicts.Add(new Conflict(owner, path));
                }
            }
        }

        return conflicts;
    }

    /// <summary>internal.NewConflictError: 409 with one FieldManagerConflict cause per field.</summary>
    private static ApiException ApplyConflict(List<Conflict> conflicts)
    {
        var causes = new JsonArray();
        foreach (var conflict in conflicts)
        {
            causes.Add(new JsonObject
            {
                ["reason"] = "FieldManagerConflict",
                ["message"] = "conflict with " + conflict.Owner.Describe(),
                ["field"] = FieldSet.Describe(conflict.Path),
            });
        }

        string message;
        if (conflicts.Count == 1)
        {
            message = $"Apply failed with 1 conflict: conflict with {conflicts[0].Owner.Describe()}: {FieldSet.Describe(conflicts[0].Path)}";
        }
        else
        {
            var lines = conflicts
                .GroupBy(conflict => conflict.Owner.Describe())
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .SelectMany(group => group.Select(conflict => "- " + FieldSet.Describe(conflict.Path)).Prepend($"conflicts with {group.Key}:"));
            message = $"Apply failed with {conflicts.Count} conflicts: {string.Join("\n", lines)}";
        }

        return new ApiException(409, "Conflict", message, new JsonObject { ["causes"] = causes });
    }

    private sealed record Conflict(ManagedFieldsEntry Owner, string[] Path);
}
