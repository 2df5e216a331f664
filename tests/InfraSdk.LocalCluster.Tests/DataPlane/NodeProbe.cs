using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace InfraSdk.LocalCluster.Tests.DataPlane;

/// <summary>What a client sees of the data plane, every wait bounded.</summary>
internal static class NodeProbe
{
    /// <summary>How long a connect may wait before it counts as timed out (dropped).</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromMilliseconds(1500);

    private static readonly TimeSpan ExchangeTimeout = TimeSpan.FromSeconds(10);

    private static readonly HttpClient Http = new(new SocketsHttpHandler
    {
        ConnectTimeout = ConnectTimeout,
        PooledConnectionLifetime = TimeSpan.Zero,
    })
    {
        Timeout = ExchangeTimeout,
    };

    public static async Task<ConnectOutcome> ConnectAsync(IPEndPoint endpoint)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(ConnectTimeout);
        try
        {
            await socket.ConnectAsync(endpoint, timeout.Token);
            return ConnectOutcome.Connected;
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return ConnectOutcome.Refused;
        }
        catch (OperationCanceledException)
        {
            return ConnectOutcome.TimedOut;
        }
    }

    public static Task<PodAnswer> GetAsync(IPEndPoint endpoint) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, $"http://{endpoint}/anything?x=1"));

    public static Task<PodAnswer> PostAsync(IPEndPoint endpoint, byte[] body) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, $"http://{endpoint}/orders") { Content = new ByteArrayContent(body) });

    private static async Task<PodAnswer> SendAsync(HttpRequestMessage request)
    {
        using var _ = request;
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        return new PodAnswer(
            root.GetProperty("pod").GetString()!,
            root.GetProperty("node").GetString()!,
            root.GetProperty("deployment").GetString()!);
    }

    /// <summary>Sends one request head on a raw connection and returns everything the server sends until it closes.</summary>
    public static async Task<string> RawExchangeAsync(IPEndPoint endpoint, string request)
    {
        using var socket = await OpenAsync(endpoint);
        return await ExchangeAsync(socket, request);
    }

    public static async Task<Socket> OpenAsync(IPEndPoint endpoint)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(ExchangeTimeout);
        try
        {
            await socket.ConnectAsync(endpoint, timeout.Token);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return socket;
    }

    /// <summary>Sends a request on an open connection and returns everything the server sends until it closes.</summary>
    public static async Task<string> ExchangeAsync(Socket socket, string request)
    {
        using var timeout = new CancellationTokenSource(ExchangeTimeout);
        await socket.SendAsync(System.Text.Encoding.ASCII.GetBytes(request), timeout.Token);
        using var received = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while ((read = await socket.ReceiveAsync(buffer, timeout.Token)) > 0)
        {
            received.Write(buffer, 0, read);
        }

        return System.Text.Encoding.UTF8.GetString(received.ToArray());
    }

    /// <summary>Sends a datagram and waits for one reply; null when none comes within the connect timeout.</summary>
    public static async Task<byte[]?> UdpRoundTripAsync(IPEndPoint endpoint, byte[] payload)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Connect(endpoint);
        using var timeout = new CancellationTokenSource(ConnectTimeout);
        await socket.SendAsync(payload, timeout.Token);
        var buffer = new byte[2048];
        try
        {
            var read = await socket.ReceiveAsync(buffer, timeout.Token);
            return buffer[..read];
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}
