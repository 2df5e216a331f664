using System.Net;
using System.Net.Sockets;

namespace InfraSdk.LocalCluster.DataPlane.Proxy;

/// <summary>
/// A node's TCP nodePort: accepts each connection and relays it to the next backend, connecting from the node's
/// address as kube-proxy's masquerading does. A backend that refuses (nothing listens on the targetPort) gets the
/// client's connection reset: the connection was already accepted here, so a reset is the nearest a user-space
/// proxy comes to the pod's own refusal.
/// </summary>
internal sealed class TcpNodePortForwarder : INodePortListener
{
    private const int MaxConnections = 256;
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(3);

    private readonly Socket _listener;
    private readonly IPAddress _nodeAddress;
    private readonly BackendPool _backends;
    private readonly SocketWork _work = new(MaxConnections);

    private TcpNodePortForwarder(Socket listener, IPAddress nodeAddress, IReadOnlyList<Backend> backends)
    {
        _listener = listener;
        _nodeAddress = nodeAddress;
        _backends = new BackendPool(backends);
    }

    public ListenerMode Mode => ListenerMode.Forward;

    public static TcpNodePortForwarder Start(ListenerKey key, IReadOnlyList<Backend> backends)
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(new IPEndPoint(key.NodeAddress, key.NodePort));
            listener.Listen(MaxConnections);
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        var forwarder = new TcpNodePortForwarder(listener, key.NodeAddress, backends);
        forwarder._work.StartLoop(forwarder.AcceptLoopAsync);
        return forwarder;
    }

    public void UseBackends(IReadOnlyList<Backend> backends) => _backends.Replace(backends);

    public async ValueTask DisposeAsync()
    {
        _listener.Dispose();
        await _work.DisposeAsync();
    }

    private async Task AcceptLoopAsync(CancellationToken stopping)
    {
        while (true)
        {
            await _work.WaitForConnectionSlotAsync();
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(stopping);
            }
            catch
            {
                _work.ReleaseConnectionSlot();
                throw;
            }

            _work.StartConnection(ct => ForwardAsync(client, _backends.Next(), ct));
        }
    }

    private async Task ForwardAsync(Socket client, Backend? backend, CancellationToken stopping)
    {
        using var _ = client;
        if (backend is null)
        {
            TcpRelay.Reset(client);
            return;
        }

        using var upstream = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            upstream.Bind(new IPEndPoint(_nodeAddress, 0));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            timeout.CancelAfter(ConnectTimeout);
            await upstream.ConnectAsync(backend.Endpoint, timeout.Token);
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            TcpRelay.Reset(client);
            return;
        }

        await TcpRelay.RunAsync(client, upstream, stopping);
    }
}
