using System.Collections.Generic;
using System.Linq;

namespace InfraSdk.Rules;

/// <summary>
/// The declarations rules look at, with lookups by kind, namespace and name. <see cref="Unknown"/> holds the names of
/// declarations the compiler could not read in full: a reference to one of them is not judged.
/// </summary>
internal sealed class DeclaredTopologies
{
    private readonly Dictionary<(string Kind, string Namespace, string Name), DeclaredResource> _byName = new();
    private readonly HashSet<(string Kind, string Namespace, string Name)> _unknown = new();
    private readonly System.Lazy<PodIndex> _pods;

    /// <param name="partlyRead">Declarations with values only known at run time: read as far as they go, for rules that judge one value at a time.</param>
    public DeclaredTopologies(
        IEnumerable<DeclaredResource> resources,
        IEnumerable<(string Kind, string Namespace, string Name)>? unknown = null,
        IEnumerable<DeclaredResource>? partlyRead = null)
    {
        Resources = resources.ToList();
        EveryValueRead = Resources.Concat(partlyRead ?? []).ToList();
        foreach (var resource in Resources)
        {
            _byName[(KindOf(resource.Type), resource.Namespace, resource.Name)] = resource;
        }

        foreach (var name in unknown ?? [])
        {
            _unknown.Add(name);
        }

        All = Resources;
        _pods = new System.Lazy<PodIndex>(() => new PodIndex(OfType("Deployment")));
    }

    private DeclaredTopologies(DeclaredTopologies whole, IReadOnlyList<DeclaredResource> resources, IReadOnlyList<DeclaredResource> partlyRead)
    {
        _byName = whole._byName;
        _unknown = whole._unknown;
        _pods = whole._pods;
        All = whole.All;
        Resources = resources;
        EveryValueRead = resources.Concat(partlyRead).ToList();
    }

    /// <summary>
    /// The same lookups over every declaration, with <see cref="Resources"/> and <see cref="EveryValueRead"/> narrowed
    /// to some of them (<paramref name="resources"/> read in full, <paramref name="partlyRead"/> not): what a rule
    /// judges when only their findings are wanted, as for one topology in the IDE.
    /// </summary>
    public DeclaredTopologies About(IReadOnlyList<DeclaredResource> resources, IReadOnlyList<DeclaredResource> partlyRead) => new(this, resources, partlyRead);

    /// <summary>Every declaration read in full, whatever <see cref="About"/> narrowed: for rules that compare declarations with each other.</summary>
    public IReadOnlyList<DeclaredResource> All { get; }

    /// <summary>The declarations read in full.</summary>
    public IReadOnlyList<DeclaredResource> Resources { get; }

    /// <summary>Every declaration, with the values that could be read: what a rule about single values looks at.</summary>
    public IReadOnlyList<DeclaredResource> EveryValueRead { get; }

    public IEnumerable<DeclaredResource> OfType(params string[] types) => Resources.Where(resource => types.Contains(resource.Type));

    /// <summary>The Deployments read in full, by Pod label.</summary>
    public PodIndex Pods => _pods.Value;

    public IEnumerable<DeclaredResource> OfEveryValueRead(params string[] types) => EveryValueRead.Where(resource => types.Contains(resource.Type));

    /// <summary>The declared object of Kubernetes kind <paramref name="kind"/> ("Service", "ConfigMap", ...).</summary>
    public DeclaredResource? Find(string kind, string ns, string name) => _byName.TryGetValue((kind, ns, name), out var found) ? found : null;

    /// <summary>Whether a declaration of that kind and name exists but could not be read at compile time.</summary>
    public bool IsUnknown(string kind, string ns, string name) =>
        _unknown.Contains((kind, ns, name)) || _unknown.Contains((kind, ns, string.Empty)) || _unknown.Contains((kind, string.Empty, name)) || _unknown.Contains((kind, string.Empty, string.Empty));

    /// <summary>Whether some declaration of that kind that may be in <paramref name="ns"/> could not be read at compile time.</summary>
    public bool HasUnknown(string kind, string ns) => _unknown.Any(unknown => unknown.Kind == kind && (unknown.Namespace == ns || unknown.Namespace.Length == 0));

    public static string KindOf(string modelType) => Manifests.ResourceTypes.Of(modelType)?.Kind ?? modelType;
}
