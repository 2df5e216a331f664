using System.Collections;

namespace InfraSdk;

/// <summary>The manifests of one <see cref="TopologyAttribute">topology</see>, namespaces first, then declarations in source order.</summary>
public sealed class TopologyManifests(string topology, string @namespace, IReadOnlyList<Manifest> manifests) : IReadOnlyList<Manifest>
{
    /// <summary>The name of the topology class; every object carries it in the label <c>infrasdk.io/topology</c>.</summary>
    public string Topology { get; } = topology;

    /// <summary>The topology's default namespace.</summary>
    public string Namespace { get; } = @namespace;

    public int Count => manifests.Count;

    public Manifest this[int index] => manifests[index];

    public IEnumerator<Manifest> GetEnumerator() => manifests.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
