using InfraSdk.Kubernetes;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>
/// The release lag of an HA control plane: a nodePort freed by a committed write stays allocated for
/// <paramref name="delay"/>, so a create asking for it meanwhile is told "provided port is already allocated".
/// Due releases are applied when the next allocation begins, under the registry's write lock like every other
/// bitmap change, so no timer touches the bitmap. Pending releases are not stored: a restart frees them at once.
/// </summary>
internal sealed class DelayedNodePortReleases(NodePortAllocator nodePorts, TimeSpan delay, TimeProvider time)
{
    private readonly Queue<(int Port, DateTimeOffset Due)> _pending = new();

    /// <summary>Frees <paramref name="port"/> now when there is no delay, else once the delay has passed.</summary>
    public void Release(int port)
    {
        if (delay <= TimeSpan.Zero)
        {
            nodePorts.Release(port);
            return;
        }

        _pending.Enqueue((port, time.GetUtcNow() + delay));
    }

    /// <summary>Frees every port whose delay has passed; the queue is in due order, as every entry waits the same delay.</summary>
    public void ReleaseDue()
    {
        var now = time.GetUtcNow();
        while (_pending.TryPeek(out var next) && next.Due <= now)
        {
            nodePorts.Release(_pending.Dequeue().Port);
        }
    }
}
