namespace InfraSdk.LocalCluster.Storage;

/// <summary>What a change-feed entry says: an object was added, modified or deleted, or (Progress) nothing was missed up to a resourceVersion.</summary>
internal enum StoreEventType
{
    Added,
    Modified,
    Deleted,
    Progress,
}
