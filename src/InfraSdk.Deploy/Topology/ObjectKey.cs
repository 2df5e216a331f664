namespace InfraSdk.Deploy.Topology;

/// <summary>Which object: API group ("" for core), kind, namespace (null for cluster-scoped kinds) and name.</summary>
internal sealed record ObjectKey(string Group, string Kind, string? Namespace, string Name)
{
    public GroupKind GroupKind => new(Group, Kind);

    /// <summary>"ns/name", or "name" for a cluster-scoped object.</summary>
    public string QualifiedName => Namespace is null ? Name : Namespace + "/" + Name;

    /// <summary>"Service shop/my-nodeport-service".</summary>
    public override string ToString() => Kind + " " + QualifiedName;
}
