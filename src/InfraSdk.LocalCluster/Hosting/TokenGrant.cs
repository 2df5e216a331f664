namespace InfraSdk.LocalCluster.Hosting;

/// <summary>Who a bearer token speaks for, until when, and which namespaces it may write (null: all, and the cluster scope).</summary>
internal sealed record TokenGrant(string User, DateTimeOffset? ExpiresAt, IReadOnlySet<string>? WritableNamespaces)
{
    public bool MayWrite(string? ns) => WritableNamespaces is null || (ns is not null && WritableNamespaces.Contains(ns));
}
