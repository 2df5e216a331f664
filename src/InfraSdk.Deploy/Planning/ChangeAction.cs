namespace InfraSdk.Deploy.Planning;

/// <summary>What happens (or would happen) to one object.</summary>
internal enum ChangeAction
{
    Create,
    Update,
    Unchanged,

    /// <summary>A field the API server will not change in place differs: deleted and created again by <c>deploy --recreate</c>.</summary>
    Replace,

    /// <summary>Owned by the topology, no longer declared: deleted by <c>deploy --prune</c>.</summary>
    Prune,

    /// <summary>Deleted by <c>destroy</c>.</summary>
    Delete,
}
