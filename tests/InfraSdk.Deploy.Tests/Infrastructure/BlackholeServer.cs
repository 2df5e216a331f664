using System.Net;
using System.Net.Sockets;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>
/// A loopback port that accepts connections and never answers (no TLS handshake, no HTTP), as a firewall that drops
/// the traffic or a hung server does. Holds what it accepted until disposed; accepts at most <see cref="MaxConnections"/>.
/// </summary>
internal sealed class BlackholeServer : IDisposable
{
    private const int MaxConnections = 64;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<Socket> _accepted = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public BlackholeServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private async Task AcceptAsync()
    {
        try
        {
            while (_accepted.Count < MaxConnections)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                lock (_accepted)
                {
                    _accepted.Add(socket);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _accepting.GetAwaiter().GetResult();
        lock (_accepted)
        {
            _accepted.ForEach(socket => socket.Dispose());
        }

        _stop.Dispose();
    }
}
