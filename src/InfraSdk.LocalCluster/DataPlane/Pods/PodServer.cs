using System.Net;
using System.Net.Sockets;

namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>
/// A running built-in pod: on its own loopback address, each container port answers HTTP over TCP with the pod's
/// JSON greeting, and each one declared UDP echoes datagrams. Ports the Deployment does not declare have no listener, so connections
/// to them are refused, as a container that listens only on its declared ports refuses them.
/// A privileged port (below 1024) that this process may not bind is served on a port the system picks instead;
/// <see cref="EndpointFor"/> tells the nodePorts where each declared port really listens.
/// A pod whose containers have readiness probes starts unready; the <see cref="ReadinessProber"/> marks it ready.
/// </summary>
internal sealed class PodServer : IAsyncDisposable
{
    private const int MaxConnections = 64;
    private const int MaxDatagramBytes = 64 * 1024;

    private readonly List<Socket> _sockets = [];
    private readonly Dictionary<(ProtocolType, int), IPEndPoint> _boundPorts = [];
    private readonly SocketWork _work = new(MaxConnections);

    private readonly PodInfo _readyInfo;
    private readonly PodInfo _unreadyInfo;
    private volatile bool _ready;

    private PodServer(PodInfo info, string templateHash, IReadOnlyList<ReadinessProbe> readinessProbes)
    {
        _readyInfo = info with { Ready = true };
        _unreadyInfo = info with { Ready = false };
        _ready = readinessProbes.Count == 0;
        TemplateHash = templateHash;
        ReadinessProbes = readinessProbes;
    }

    public PodInfo Info => _ready ? _readyInfo : _unreadyInfo;

    public string TemplateHash { get; }

    /// <summary>The readiness probes of the pod's containers; it is ready when all of them pass.</summary>
    public IReadOnlyList<ReadinessProbe> ReadinessProbes { get; }

    public void SetReady(bool ready) => _ready = ready;

    /// <summary>Binds every port (throwing if one is taken) and starts serving; without readiness probes the pod is
    /// Ready when this returns.</summary>
    public static async Task<PodServer> StartAsync(PodInfo info, string templateHash, IReadOnlyList<ReadinessProbe>? readinessProbes = null, IReadOnlyList<int>? udpPorts = null)
    {
        var pod = new PodServer(info, templateHash, readinessProbes ?? []);
        try
        {
            var responses = new PodHttpResponses(info.Name, info.NodeName, $"{info.Namespace}/{info.Deployment}");
            foreach (var port in info.Ports.Distinct())
            {
                pod.ServeHttp(new IPEndPoint(info.Address, port), responses);
                info.Log?.Write($"listening on {info.Address}:{port}/TCP");
            }

            foreach (var port in (udpPorts ?? []).Distinct())
            {
                pod.ServeUdpEcho(new IPEndPoint(info.Address, port));
                info.Log?.Write($"echoing datagrams on {info.Address}:{port}/UDP");
            }
        }
        catch
        {
            await pod.DisposeAsync();
            throw;
        }

        return pod;
    }

    /// <summary>Where the pod really receives traffic for one of its ports (<c>TCP</c> or <c>UDP</c>); for a port it
    /// does not declare, the pod's address at that port, where nothing listens.</summary>
    public IPEndPoint EndpointFor(string protocol, int port)
    {
        var key = (protocol.Equals("UDP", StringComparison.OrdinalIgnoreCase) ? ProtocolType.Udp : ProtocolType.Tcp, port);
        return _boundPorts.TryGetValue(key, out var bound) ? bound : new IPEndPoint(Info.Address, port);
    }

    public async ValueTask DisposeAsync()
    {
        CloseSockets();
        await _work.DisposeAsync();
        _readyInfo.Log?.Close();
    }

    private void ServeHttp(IPEndPoint endpoint, PodHttpResponses responses)
    {
        var listener = Open(SocketType.Stream, ProtocolType.Tcp, endpoint);
        listener.Listen(MaxConnections);
        _work.StartLoop(async stopping =>
        {
            while (true)
            {
                await _work.WaitForConnectionSlotAsync();
                Socket connection;
                try
                {
                    connection = await listener.AcceptAsync(stopping);
                }
                catch
                {
                    _work.ReleaseConnectionSlot();
                    throw;
                }

                _work.StartConnection(ct => PodHttpExchange.RunAsync(connection, responses, _readyInfo.Log, ct));
            }
        });
    }

    private void ServeUdpEcho(IPEndPoint endpoint)
    {
        var socket = Open(SocketType.Dgram, ProtocolType.Udp, endpoint);
        _work.StartLoop(async stopping =>
        {
            var buffer = new byte[MaxDatagramBytes];
            EndPoint anySender = new IPEndPoint(IPAddress.Any, 0);
            while (true)
            {
                var received = await socket.ReceiveFromAsync(buffer, anySender, stopping);
                try
                {
                    await socket.SendToAsync(buffer.AsMemory(0, received.ReceivedBytes), received.RemoteEndPoint, stopping);
                    _readyInfo.Log?.Write($"{received.RemoteEndPoint} UDP {endpoint.Port}: echoed {received.ReceivedBytes} bytes");
                }
                catch (SocketException)
                {
                    // The sender is gone; a lost echo is what UDP promises.
                }
            }
        });
    }

    private Socket Open(SocketType type, ProtocolType protocol, IPEndPoint endpoint)
    {
        var socket = new Socket(AddressFamily.InterNetwork, type, protocol);
        _sockets.Add(socket);
        try
        {
            socket.Bind(endpoint);
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.AccessDenied && endpoint.Port < 1024)
        {
            socket.Bind(new IPEndPoint(endpoint.Address, 0));
        }

        _boundPorts[(protocol, endpoint.Port)] = (IPEndPoint)socket.LocalEndPoint!;
        return socket;
    }

    private void CloseSockets()
    {
        foreach (var socket in _sockets)
        {
            socket.Dispose();
        }
    }
}
