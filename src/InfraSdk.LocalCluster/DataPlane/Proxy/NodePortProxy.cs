using System.Net.Sockets;

namespace InfraSdk.LocalCluster.DataPlane.Proxy;

/// <summary>The nodePort listeners of every node, reconciled to a plan: a listener whose mode changes is closed
/// and opened again; one whose mode stays only gets its new backends; one no longer planned is closed.</summary>
internal sealed class NodePortProxy : IAsyncDisposable
{
    private readonly Dictionary<ListenerKey, INodePortListener> _listeners = [];

    public IReadOnlyCollection<ListenerKey> Keys => _listeners.Keys;

    /// <summary>Applies the plan to the listeners it names and to <paramref name="retired"/> (listeners of the part
    /// being replaced, closed unless planned again); a port that cannot be bound is reported after every other
    /// listener is in place.</summary>
    public async Task ReconcileAsync(IEnumerable<ListenerKey> retired, IReadOnlyList<ListenerPlan> plans, CancellationToken cancellationToken)
    {
        var planned = new Dictionary<ListenerKey, ListenerPlan>();
        foreach (var plan in plans)
        {
            planned.TryAdd(plan.Key, plan);
        }

        foreach (var key in retired.Concat(planned.Keys).Distinct().ToList())
        {
            if (_listeners.TryGetValue(key, out var listener) && (!planned.TryGetValue(key, out var plan) || plan.Mode != listener.Mode))
            {
                _listeners.Remove(key);
                await listener.DisposeAsync();
            }
        }

        var failures = new List<string>();
        foreach (var plan in planned.Values)
        {
            if (_listeners.TryGetValue(plan.Key, out var listener))
            {
                listener.UseBackends(plan.Backends);
                continue;
            }

            try
            {
                _listeners[plan.Key] = await StartAsync(plan, cancellationToken);
            }
            catch (SocketException exception)
            {
                failures.Add($"{plan.Key} ({exception.SocketErrorCode})");
            }
        }

        if (failures.Count > 0)
        {
            throw new InvalidOperationException($"The data plane could not listen on {string.Join(", ", failures)}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var listener in _listeners.Values)
        {
            await listener.DisposeAsync();
        }

        _listeners.Clear();
    }

    private static async Task<INodePortListener> StartAsync(ListenerPlan plan, CancellationToken cancellationToken) =>
        (plan.Key.Protocol, plan.Mode) switch
        {
            ("UDP", ListenerMode.Forward) => UdpNodePortForwarder.Start(plan.Key, plan.Backends),
            ("UDP", _) => UdpNodePortBlackhole.Start(plan.Key),
            (_, ListenerMode.Forward) => TcpNodePortForwarder.Start(plan.Key, plan.Backends),
            _ => await TcpNodePortBlackhole.StartAsync(plan.Key, cancellationToken),
        };
}
