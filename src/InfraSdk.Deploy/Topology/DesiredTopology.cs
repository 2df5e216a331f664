namespace InfraSdk.Deploy.Topology;

/// <summary>
/// Everything the app host was given: the objects of one or more topologies in apply order (see
/// <see cref="ResourceKinds"/>). A namespace shared by two topologies is declared once, by the first.
/// </summary>
internal sealed class DesiredTopology
{
    private readonly Dictionary<ObjectKey, DesiredObject> _byKey;

    private DesiredTopology(IReadOnlyList<TopologyManifests> sources, IReadOnlyList<DesiredObject> objects)
    {
        Sources = sources;
        Topologies = sources.Select(t => t.Topology).Distinct(StringComparer.Ordinal).ToList();
        Objects = objects;
        _byKey = objects.ToDictionary(o => o.Key);
    }

    /// <summary>The manifests as the topologies gave them, for checks that read declarations rather than objects.</summary>
    public IReadOnlyList<TopologyManifests> Sources { get; }

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
        return new DesiredTopology(all, objects);
    }

    public DesiredObject? Find(ObjectKey key) => _byKey.GetValueOrDefault(key);

    public bool Owns(IDictionary<string, string>? labels) =>
        labels is not null
        && labels.TryGetValue(OwnershipLabels.ManagedByKey, out var manager) && manager == OwnershipLabels.ManagedByValue
        && labels.TryGetValue(OwnershipLabels.TopologyKey, out var topology) && Topologies.Contains(topology, StringComparer.Ordinal);
}
