using System.Collections;

namespace InfraSdk;

/// <summary>The manifests of one <see cref="TopologyAttribute">topology</see>, namespaces first, then declarations in source order.</summary>
/// <param name="resources">
/// The declarations behind the manifests, for the rules <c>plan</c> and <c>deploy</c> run first; read when first
/// needed, so that a static initializer reading the manifests does not freeze declarations not yet set.
/// </param>
public sealed class TopologyManifests(string topology, string @namespace, IReadOnlyList<Manifest> manifests, Func<IReadOnlyList<Resource>>? resources = null) : IReadOnlyList<Manifest>
{
    public TopologyManifests(string topology, string @namespace, IReadOnlyList<Manifest> manifests, IReadOnlyList<Resource> resources)
        : this(topology, @namespace, manifests, () => resources)
    {
    }

    /// <summary>
    /// The manifests as the source generator compiles them in: the documents of <paramref name="table"/> (see
    /// <c>ManifestTable</c>), with <paramref name="runtime"/>'s manifests, made when the program runs, in their places.
    /// </summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static TopologyManifests Compiled(string topology, string @namespace, string table, IReadOnlyList<Manifest> runtime, Func<IReadOnlyList<Resource>> resources) =>
        new(topology, @namespace, Manifests.ManifestTable.Read(table).ConvertAll(entry => entry.Yaml is { } yaml ? new Manifest(entry.Kind!, entry.Name!, entry.Namespace, yaml) : runtime[entry.RuntimeIndex]), resources);

    /// <summary>The name of the topology class; every object carries it in the label <c>infrasdk.io/topology</c>.</summary>
    public string Topology { get; } = topology;

    /// <summary>The topology's default namespace.</summary>
    public string Namespace { get; } = @namespace;

    /// <summary>The declared model objects (not the KubernetesClient objects, which no rule reads).</summary>
    public IReadOnlyList<Resource> Resources => resources?.Invoke() ?? [];

    public int Count => manifests.Count;

    public Manifest this[int index] => manifests[index];

    public IEnumerator<Manifest> GetEnumerator() => manifests.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
