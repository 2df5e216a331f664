namespace InfraSdk.LocalCluster.DataPlane.Proxy;

/// <summary>The backends of one nodePort listener, taken in turn (round robin) from a random first one, so that
/// nodes do not all start with the same pod; replaced as pods come and go.</summary>
internal sealed class BackendPool(IReadOnlyList<Backend> backends)
{
    private volatile IReadOnlyList<Backend> _backends = backends;
    private uint _turn = (uint)Random.Shared.Next();

    public void Replace(IReadOnlyList<Backend> backends) => _backends = backends;

    /// <summary>The next backend in turn, or null when there is none.</summary>
    public Backend? Next()
    {
        var backends = _backends;
        return backends.Count == 0 ? null : backends[(int)((Interlocked.Increment(ref _turn) - 1) % (uint)backends.Count)];
    }
}
