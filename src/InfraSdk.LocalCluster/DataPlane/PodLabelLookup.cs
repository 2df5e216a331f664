namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>
/// The published pods by namespace and label, for the API's reads: built on the first read after a change (one
/// pass over the pods), so a list of Endpoints costs one lookup per Service instead of a pass over every pod each.
/// </summary>
internal sealed class PodLabelLookup(Func<IEnumerable<PodInfo>> pods)
{
    private long _version;
    private volatile Built? _built;

    /// <summary>Called after the pods change.</summary>
    public void Invalidate() => Interlocked.Increment(ref _version);

    /// <summary>The pods of <paramref name="ns"/> that carry the selector's first label (the caller checks the rest);
    /// every pod of the namespace when the selector is empty.</summary>
    public IReadOnlyList<PodInfo> Candidates(string ns, IReadOnlyDictionary<string, string> selector)
    {
        var version = Interlocked.Read(ref _version);
        var built = _built;
        if (built is null || built.Version != version)
        {
            built = _built = Build(version);
        }

        var first = selector.OrderBy(pair => pair.Key, StringComparer.Ordinal).FirstOrDefault();
        return first.Key is null ? [.. built.Pods.Where(pod => pod.Namespace == ns)] : [.. built.ByLabel[(ns, first.Key, first.Value)]];
    }

    private Built Build(long version)
    {
        var all = pods().ToList();
        return new Built(version, all, all.SelectMany(pod => pod.Labels.Select(label => (Key: (pod.Namespace, label.Key, label.Value), Pod: pod))).ToLookup(entry => entry.Key, entry => entry.Pod));
    }

    private sealed record Built(long Version, IReadOnlyList<PodInfo> Pods, ILookup<(string, string, string), PodInfo> ByLabel);
}
