using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Apply;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Storage;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>
/// The generic registry: create, update, patch, apply and delete with the API server's order of steps
/// (defaults, allocation, validation, storage), one write at a time. A committed write that changes what runs is
/// handed to <see cref="Changed"/> under the write lock (so in commit order), and its task is awaited outside the
/// lock before the response, so the data plane has caught up when the client hears back.
/// </summary>
internal sealed class ObjectRegistry(ObjectStore store, IReadOnlyDictionary<ResourceType, ResourceStrategy> strategies, ServiceAllocator allocator, TimeProvider time)
{
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly Dictionary<ResourceType, FieldManager> _fieldManagers = strategies.Keys.ToDictionary(type => type, type => new FieldManager(type, time));

    // The data plane's catch-up with the write in progress; set and read under the write lock.
    private Task _caughtUp = Task.CompletedTask;

    /// <summary>Called under the write lock with the committed changes of every write that affects the data plane;
    /// returns a task that completes once the data plane has applied them.</summary>
    public Func<IReadOnlyList<StoreChange>, Task> Changed { get; set; } = _ => Task.CompletedTask;

    public ObjectStore Store => store;

    public JsonObject Get(ResourceType type, string ns, string name) =>
        store.Get(Key(type, ns, name)) ?? throw ApiException.NotFound(type, name);

    public Task<JsonObject> CreateAsync(ResourceType type, string ns, JsonObject body, WriteOptions options, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
            var name = body.Name();
            RequireNamespace(type, ns);
            var candidate = body.DeepClone().AsObject();
            strategies[type].PrepareForCreate(candidate);
            _fieldManagers[type].Update(null, candidate, options.FieldManager ?? "unknown");
            return Save(type, ns, name, candidate, null, options);
        }, cancellationToken);

    public Task<JsonObject> UpdateAsync(ResourceType type, string ns, string name, JsonObject body, WriteOptions options, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
            var live = Get(type, ns, name);
            var candidate = body.DeepClone().AsObject();
            candidate.Metadata()["managedFields"] = live.Object("metadata")?["managedFields"]?.DeepClone();
            strategies[type].PrepareForUpdate(candidate, live);
            _fieldManagers[type].Update(live, candidate, options.FieldManager ?? "unknown");
            return Save(type, ns, name, candidate, live, options);
        }, cancellationToken);

    /// <summary>A JSON or JSON merge patch: <paramref name="patch"/> turns the live object into the new one.</summary>
    public Task<JsonObject> PatchAsync(ResourceType type, string ns, string name, Func<JsonNode, JsonNode?> patch, WriteOptions options, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
            var live = Get(type, ns, name);
            if (patch(live) is not JsonObject candidate)
            {
                throw ApiException.BadRequest("the patch does not describe an object");
            }

            strategies[type].PrepareForUpdate(candidate, live);
            _fieldManagers[type].Update(live, candidate, options.FieldManager ?? "unknown");
            return Save(type, ns, name, candidate, live, options);
        }, cancellationToken);

    /// <summary>Server-side apply; creates the object when it does not exist (then Created is true).</summary>
    public async Task<(JsonObject Result, bool Created)> ApplyAsync(ResourceType type, string ns, string name, JsonObject applied, WriteOptions options, CancellationToken cancellationToken)
    {
        var created = false;
        var result = await WriteAsync(() =>
        {
            RequireNamespace(type, ns);
            var live = store.Get(Key(type, ns, name));
            created = live is null;
            var candidate = _fieldManagers[type].Apply(live, applied, options.FieldManager!, options.Force);
            if (live is null)
            {
                strategies[type].PrepareForCreate(candidate);
            }
            else
            {
                strategies[type].PrepareForUpdate(candidate, live);
            }

            return Save(type, ns, name, candidate, live, options);
        }, cancellationToken);
        return (result, created);
    }

    /// <summary>
    /// A write to the /status subresource: <paramref name="update"/> turns the live object into the client's, of which
    /// only the status is kept (a stale resourceVersion is refused). The data plane does not follow status.
    /// </summary>
    public Task<JsonObject> UpdateStatusAsync(ResourceType type, string ns, string name, Func<JsonNode, JsonNode?> update, WriteOptions options, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
            var live = Get(type, ns, name);
            if (update(live.DeepClone().AsObject()) is not JsonObject requested)
            {
                throw ApiException.BadRequest("the patch does not describe an object");
            }

            var requestedVersion = requested.Object("metadata").String("resourceVersion");
            if (!string.IsNullOrEmpty(requestedVersion) && requestedVersion != live.Object("metadata").String("resourceVersion"))
            {
                throw ApiException.StaleResourceVersion(type, name);
            }

            var candidate = live.DeepClone().AsObject();
            candidate["status"] = requested["status"]?.DeepClone();
            return options.DryRun ? candidate : store.CommitAndCopy([new StoreChange(Key(type, ns, name), candidate)])[0]!;
        }, cancellationToken);

    /// <summary>
    /// A controller's write, as a controller's update through the API would be but in one transaction: under the
    /// write lock <paramref name="build"/> reads the live objects and returns the changes to commit, whose objects the
    /// store keeps; the data plane is not told (the controllers drive it themselves).
    /// </summary>
    public async Task CommitAsync(Func<IReadOnlyList<StoreChange>> build)
    {
        await _writeGate.WaitAsync();
        try
        {
            var changes = build();
            if (changes.Count > 0)
            {
                store.Commit(changes);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Deletes an object; a namespace takes everything in it along.</summary>
    public Task<JsonObject> DeleteAsync(ResourceType type, string ns, string name, WriteOptions options, CancellationToken cancellationToken) =>
        WriteAsync(() =>
        {
            var live = Get(type, ns, name);
            if (type == ResourceType.Namespaces && NamespaceStrategy.Protected.Contains(name))
            {
                throw new ApiException(403, "Forbidden", $"namespaces \"{name}\" is forbidden: this namespace may not be deleted", new JsonObject { ["name"] = name, ["kind"] = "namespaces" });
            }

            var doomed = new List<(ResourceType Type, JsonObject Object)> { (type, live) };
            if (type == ResourceType.Namespaces)
            {
                doomed.AddRange(strategies.Keys.Where(member => member.Namespaced).SelectMany(member => store.List(member.Plural, name).Select(obj => (member, obj))));
            }

            var transaction = allocator.Begin(options.DryRun);
            foreach (var (doomedType, obj) in doomed)
            {
                strategies[doomedType].ReleaseOnDelete(obj, transaction);
            }

            if (!options.DryRun)
            {
                var deletes = doomed.Select(entry => new StoreChange(Key(entry.Type, entry.Object.Object("metadata").String("namespace") ?? "", entry.Object.Name()), null)).ToList();
                store.Commit(deletes);
                transaction.Commit();
                if (doomed.Any(entry => strategies[entry.Type].AffectsDataPlane))
                {
                    _caughtUp = Changed(deletes);
                }
            }

            if (type == ResourceType.Namespaces)
            {
                live.Metadata()["deletionTimestamp"] = KubernetesTime.Now(time);
                live["status"] = new JsonObject { ["phase"] = "Terminating" };
            }

            return live;
        }, cancellationToken);

    /// <summary>Allocation, validation and storage of a prepared object; <paramref name="live"/> is null on create.</summary>
    private JsonObject Save(ResourceType type, string ns, string name, JsonObject candidate, JsonObject? live, WriteOptions options)
    {
        var strategy = strategies[type];
        var metadata = candidate.Metadata();
        metadata["name"] = name;
        if (type.Namespaced)
        {
            metadata["namespace"] = ns;
        }
        else
        {
            metadata.Remove("namespace");
        }

        candidate["apiVersion"] = type.GroupVersion;
        candidate["kind"] = type.Kind;
        StampSystemFields(strategy, candidate, live);

        var transaction = allocator.Begin(options.DryRun);
        try
        {
            if (live is null)
            {
                strategy.AllocateCreate(candidate, transaction);
            }
            else
            {
                strategy.AllocateUpdate(candidate, live, transaction);
            }

            var errors = live is null ? strategy.Validate(candidate) : [.. strategy.Validate(candidate), .. strategy.ValidateUpdate(candidate, live)];
            if (errors.Count > 0)
            {
                throw ApiException.Invalid(type, name, errors);
            }

            if (live is null && store.Contains(Key(type, ns, name)))
            {
                throw ApiException.AlreadyExists(type, name);
            }
        }
        catch
        {
            transaction.Revert();
            throw;
        }

        _fieldManagers[type].Prune(candidate);
        if (options.DryRun)
        {
            return candidate;
        }

        var stored = store.CommitAndCopy([new StoreChange(Key(type, ns, name), candidate)])[0]!;
        transaction.Commit();
        if (strategy.AffectsDataPlane)
        {
            _caughtUp = Changed([new StoreChange(Key(type, ns, name), stored)]);
        }

        return stored;
    }

    /// <summary>uid, creationTimestamp and generation as the server sets them; a stale resourceVersion is refused.</summary>
    private void StampSystemFields(ResourceStrategy strategy, JsonObject candidate, JsonObject? live)
    {
        var metadata = candidate.Metadata();
        if (live is null)
        {
            metadata["uid"] = Guid.NewGuid().ToString();
            metadata["creationTimestamp"] = KubernetesTime.Now(time);
            metadata.Remove("resourceVersion");
            if (strategy.TracksGeneration)
            {
                metadata["generation"] = 1;
            }
            else
            {
                metadata.Remove("generation");
            }

            return;
        }

        var liveMetadata = live.Object("metadata");
        var requestedVersion = metadata.String("resourceVersion");
        if (!string.IsNullOrEmpty(requestedVersion) && requestedVersion != liveMetadata.String("resourceVersion"))
        {
            throw ApiException.StaleResourceVersion(strategy.Type, candidate.Name());
        }

        metadata["uid"] = liveMetadata.String("uid");
        metadata["creationTimestamp"] = liveMetadata.String("creationTimestamp");
        if (strategy.TracksGeneration)
        {
            var generation = liveMetadata.Integer("generation") ?? 1;
            metadata["generation"] = JsonNode.DeepEquals(candidate["spec"], live["spec"]) ? generation : generation + 1;
        }
    }

    private void RequireNamespace(ResourceType type, string ns)
    {
        if (type.Namespaced && !store.Contains(Key(ResourceType.Namespaces, "", ns)))
        {
            throw ApiException.NotFound(ResourceType.Namespaces, ns);
        }
    }

    /// <summary>One write at a time; the answer waits, outside the lock, until the write is on disk and the data plane
    /// has applied it, so that concurrent writes share one sync (group commit) and one data-plane pass.</summary>
    private async Task<JsonObject> WriteAsync(Func<JsonObject> write, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        JsonObject result;
        Task durable;
        Task caughtUp;
        try
        {
            _caughtUp = Task.CompletedTask;
            result = write();
            durable = store.WhenDurable();
            caughtUp = _caughtUp;
        }
        finally
        {
            _writeGate.Release();
        }

        await durable;
        await caughtUp;
        return result;
    }

    public static StoredObjectKey Key(ResourceType type, string ns, string name) => new(type.Plural, type.Namespaced ? ns : "", name);
}
