using System.Net;
using System.Net.Sockets;

namespace InfraSdk.LocalCluster.DataPlane.Proxy;

/// <summary>
/// A node's TCP nodePort that drops connection attempts, so that clients' connects time out as behind a firewall.
/// User space cannot drop SYNs itself, but Linux drops every SYN to a listener whose accept queue is full: this
/// listens with a backlog of 0 (a queue of one connection), fills the queue with one connection of its own, and
/// never accepts. Further SYNs are dropped and the clients retransmit them until they give up.
/// </summary>
internal sealed class TcpNodePortBlackhole : INodePortListener
{
    private static readonly TimeSpan FillTimeout = TimeSpan.FromSeconds(1);

    private readonly Socket _listener;
    private readonly Socket _filler;

    private TcpNodePortBlackhole(Socket listener, Socket filler)
    {
        _listener = listener;
        _filler = filler;
    }

    public ListenerMode Mode => ListenerMode.Drop;

    public static async Task<TcpNodePortBlackhole> StartAsync(ListenerKey key, CancellationToken cancellationToken)
    {
        var endpoint = new IPEndPoint(key.NodeAddress, key.NodePort);
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(endpoint);
            listener.Listen(0);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(FillTimeout);
            await filler.ConnectAsync(endpoint, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A client's connect got into the queue first and fills it: the port drops further SYNs all the same.
        }
        catch
        {
            listener.Dispose();
            filler.Dispose();
            throw;
        }

        return new TcpNodePortBlackhole(listener, filler);
    }

    public void UseBackends(IReadOnlyList<Backend> backends)
    {
    }

    public ValueTask DisposeAsync()
    {
        _filler.Dispose();
        _listener.Dispose();
        return ValueTask.CompletedTask;
    }
}
