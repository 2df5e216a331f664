using System.Net;
using System.Net.Sockets;

namespace InfraSdk.LocalCluster.DataPlane.Proxy;

/// <summary>A node's UDP nodePort that drops datagrams: the port is bound (so the kernel sends no "port
/// unreachable") but never read; its small receive buffer fills and the kernel discards the rest.</summary>
internal sealed class UdpNodePortBlackhole : INodePortListener
{
    private readonly Socket _socket;

    private UdpNodePortBlackhole(Socket socket) => _socket = socket;

    public ListenerMode Mode => ListenerMode.Drop;

    public static UdpNodePortBlackhole Start(ListenerKey key)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.ReceiveBufferSize = 1024;
            socket.Bind(new IPEndPoint(key.NodeAddress, key.NodePort));
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new UdpNodePortBlackhole(socket);
    }

    public void UseBackends(IReadOnlyList<Backend> backends)
    {
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
