using System.Collections;

namespace InfraSdk;

/// <summary>The manifests of one <see cref="TopologyAttribute">topology</see>, namespaces first, then declarations in source order.</summary>
public sealed class TopologyManifests : IReadOnlyList<Manifest>
{
    private readonly Lazy<IReadOnlyList<Manifest>> _manifests;
    private readonly Func<IReadOnlyList<Resource>>? _resources;

    /// <param name="topology">The name of the topology class.</param>
    /// <param name="namespace">The topology's default namespace.</param>
    /// <param name="manifests">The manifests, namespaces first.</param>
    /// <param name="resources">
    /// The declarations behind the manifests, for the rules <c>plan</c> and <c>deploy</c> run first; read when first
    /// needed, so that a static initializer reading the manifests does not freeze declarations not yet set.
    /// </param>
    public TopologyManifests(string topology, string @namespace, IReadOnlyList<Manifest> manifests, Func<IReadOnlyList<Resource>>? resources = null)
        : this(topology, @namespace, new Lazy<IReadOnlyList<Manifest>>(manifests), resources)
    {
    }

    public TopologyManifests(string topology, string @namespace, IReadOnlyList<Manifest> manifests, IReadOnlyList<Resource> resources)
        : this(topology, @namespace, manifests, () => resources)
    {
    }

    private TopologyManifests(string topology, string @namespace, Lazy<IReadOnlyList<Manifest>> manifests, Func<IReadOnlyList<Resource>>? resources)
    {
        Topology = topology;
        Namespace = @namespace;
        _manifests = manifests;
        _resources = resources;
    }

    /// <summary>
    /// The manifests as the source generator compiles them in: the documents of <paramref name="table"/> (see
    /// <c>ManifestTable</c>), with <paramref name="runtime"/>'s manifests in their places. Those are made when the
    /// manifests are first read, so that a project file a ConfigMap names that cannot be read is reported by the
    /// command that reads them (as a <see cref="ManifestException"/>), not by the type's initializer.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static TopologyManifests Compiled(string topology, string @namespace, string table, Func<IReadOnlyList<Manifest>> runtime, Func<IReadOnlyList<Resource>> resources)
    {
        var entries = Manifests.ManifestTable.Read(table);
        var manifests = new Lazy<IReadOnlyList<Manifest>>(
            () =>
            {
                var made = entries.Any(entry => entry.Yaml is null) ? runtime() : [];
                return entries.ConvertAll(entry => entry.Yaml is { } yaml ? new Manifest(entry.Kind!, entry.Name!, entry.Namespace, yaml) : made[entry.RuntimeIndex]);
            },
            LazyThreadSafetyMode.PublicationOnly);
        return new(topology, @namespace, manifests, resources);
    }

    /// <summary>The name of the topology class; every object carries it in the label <c>infrasdk.io/topology</c>.</summary>
    public string Topology { get; }

    /// <summary>The topology's default namespace.</summary>
    public string Namespace { get; }

    /// <summary>The declared model objects (not the KubernetesClient objects, which no rule reads).</summary>
    public IReadOnlyList<Resource> Resources => _resources?.Invoke() ?? [];

    public int Count => _manifests.Value.Count;

    public Manifest this[int index] => _manifests.Value[index];

    public IEnumerator<Manifest> GetEnumerator() => _manifests.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
