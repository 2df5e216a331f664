namespace InfraSdk.LocalCluster.DataPlane.Proxy;

/// <summary>A node's socket on one nodePort. Disposing closes it and every connection it carries.</summary>
internal interface INodePortListener : IAsyncDisposable
{
    ListenerMode Mode { get; }

    /// <summary>Points new connections (or UDP flows) at other backends; existing ones keep theirs.</summary>
    void UseBackends(IReadOnlyList<Backend> backends);
}
