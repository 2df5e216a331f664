namespace InfraSdk.Deploy.Topology;

/// <summary>
/// Everything the app host was given: the objects of one or more topologies, namespaces first, then Deployments,
/// then Services. A namespace shared by two topologies is declared once, by the first.
/// </summary>
internal sealed class DesiredTopology
{
    private DesiredTopology(IReadOnlyList<string> topologies, IReadOnlyList<DesiredObject> objects)
    {
        Topologies = topologies;
        Objects = objects;
    }

    /// <summary>The topology class names, as the label <c>infrasdk.io/topology</c> holds them.</summary>
    public IReadOnlyList<string> Topologies { get; }

    public IReadOnlyList<DesiredObject> Objects { get; }

    public IEnumerable<DesiredObject> Services => Objects.Where(o => o.Service is not null);

    public IEnumerable<DesiredObject> Deployments => Objects.Where(o => o.Deployment is not null);

    public static DesiredTopology From(IEnumerable<TopologyManifests> topologies)
    {
        var all = topologies.ToList();
        var objects = all
            .SelectMany(topology => topology.Select(manifest => DesiredObject.Parse(manifest, topology.Topology)))
            .DistinctBy(o => o.Key)
            .OrderBy(o => ResourceKinds.ApplyRank(o.Key.Kind))
            .ToList();
        return new DesiredTopology(all.Select(t => t.Topology).Distinct(StringComparer.Ordinal).ToList(), objects);
    }

    public DesiredObject? Find(ObjectKey key) => Objects.FirstOrDefault(o => o.Key == key);

    public bool Owns(IDictionary<string, string>? labels) =>
        labels is not null
        && labels.TryGetValue(OwnershipLabels.ManagedByKey, out var manager) && manager == OwnershipLabels.ManagedByValue
        && labels.TryGetValue(OwnershipLabels.TopologyKey, out var topology) && Topologies.Contains(topology, StringComparer.Ordinal);
}
