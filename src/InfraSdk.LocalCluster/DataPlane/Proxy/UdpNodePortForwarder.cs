using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace InfraSdk.LocalCluster.DataPlane.Proxy;

/// <summary>
/// A node's UDP nodePort. As conntrack does, each client address gets a flow pinned to one backend (taken round
/// robin when the flow starts): its datagrams go to that pod from a socket of the node's own, and the pod's replies
/// return to the client from the nodePort. A flow idle for <see cref="FlowIdleTimeout"/> ends; past
/// <see cref="MaxFlows"/> flows, datagrams of new clients are dropped.
/// </summary>
internal sealed class UdpNodePortForwarder : INodePortListener
{
    private const int MaxFlows = 256;
    private const int MaxDatagramBytes = 64 * 1024;
    private static readonly TimeSpan FlowIdleTimeout = TimeSpan.FromSeconds(30);

    private readonly Socket _socket;
    private readonly IPAddress _nodeAddress;
    private readonly BackendPool _backends;
    private readonly ConcurrentDictionary<EndPoint, UdpFlow> _flows = new();
    private readonly SocketWork _work = new(MaxFlows);

    private UdpNodePortForwarder(Socket socket, IPAddress nodeAddress, IReadOnlyList<Backend> backends)
    {
        _socket = socket;
        _nodeAddress = nodeAddress;
        _backends = new BackendPool(backends);
    }

    public ListenerMode Mode => ListenerMode.Forward;

    public static UdpNodePortForwarder Start(ListenerKey key, IReadOnlyList<Backend> backends)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(new IPEndPoint(key.NodeAddress, key.NodePort));
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var forwarder = new UdpNodePortForwarder(socket, key.NodeAddress, backends);
        forwarder._work.StartLoop(forwarder.ReceiveLoopAsync);
        return forwarder;
    }

    public void UseBackends(IReadOnlyList<Backend> backends) => _backends.Replace(backends);

    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        foreach (var flow in _flows.Values)
        {
            flow.Upstream.Dispose();
        }

        await _work.DisposeAsync();
    }

    private async Task ReceiveLoopAsync(CancellationToken stopping)
    {
        var buffer = new byte[MaxDatagramBytes];
        EndPoint anyClient = new IPEndPoint(IPAddress.Any, 0);
        while (true)
        {
            var received = await _socket.ReceiveFromAsync(buffer, anyClient, stopping);
            if (FlowFor(received.RemoteEndPoint) is not { } flow)
            {
                continue;
            }

            flow.Touch();
            try
            {
                await flow.Upstream.SendAsync(buffer.AsMemory(0, received.ReceivedBytes), stopping);
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
            {
                // The pod refused an earlier datagram (port unreachable) and the flow is ending: this one is lost.
            }
        }
    }

    private UdpFlow? FlowFor(EndPoint client)
    {
        if (_flows.TryGetValue(client, out var existing))
        {
            return existing;
        }

        if (_backends.Next() is not { } backend || !_work.TryTakeConnectionSlot())
        {
            return null;
        }

        var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            upstream.Bind(new IPEndPoint(_nodeAddress, 0));
            upstream.Connect(backend.Endpoint);
        }
        catch (SocketException)
        {
            upstream.Dispose();
            _work.ReleaseConnectionSlot();
            return null;
        }

        var flow = new UdpFlow(upstream);
        _flows[client] = flow;
        _work.StartConnection(ct => RelayRepliesAsync(client, flow, ct));
        return flow;
    }

    private async Task RelayRepliesAsync(EndPoint client, UdpFlow flow, CancellationToken stopping)
    {
        try
        {
            var buffer = new byte[MaxDatagramBytes];
            while (true)
            {
                using var idle = CancellationTokenSource.CreateLinkedTokenSource(stopping);
                idle.CancelAfter(FlowIdleTimeout);
                int read;
                try
                {
                    read = await flow.Upstream.ReceiveAsync(buffer, idle.Token);
                }
                catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
                {
                    if (flow.IdleFor >= FlowIdleTimeout)
                    {
                        return;
                    }

                    continue;
                }

                flow.Touch();
                await _socket.SendToAsync(buffer.AsMemory(0, read), client, stopping);
            }
        }
        finally
        {
            _flows.TryRemove(client, out _);
            flow.Upstream.Dispose();
        }
    }

    private sealed class UdpFlow(Socket upstream)
    {
        private long _lastActive = Environment.TickCount64;

        public Socket Upstream { get; } = upstream;

        public TimeSpan IdleFor => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastActive));

        public void Touch() => Interlocked.Exchange(ref _lastActive, Environment.TickCount64);
    }
}
