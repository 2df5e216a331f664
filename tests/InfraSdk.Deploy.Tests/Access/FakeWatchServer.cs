using System.Net;
using System.Net.Sockets;
using System.Text;

namespace InfraSdk.Deploy.Tests.Access;

/// <summary>
/// A minimal HTTP API server on loopback for <c>ChangeSignal</c>: lists answer with an empty list at resourceVersion 5;
/// a watch gets 405 Method Not Allowed (a server without watch), or a stream that sends one ADDED Node event (Nodes)
/// or nothing (Services) and stays open.
/// </summary>
internal sealed class FakeWatchServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly bool _offersWatch;
    private readonly Task _serving;
    private int _watchRequests;

    public FakeWatchServer(bool offersWatch)
    {
        _offersWatch = offersWatch;
        _listener.Start();
        _serving = ServeAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public int WatchRequests => Volatile.Read(ref _watchRequests);

    private async Task ServeAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                connections.Add(AnswerAsync(client));
            }
        }
        catch (OperationCanceledException)
        {
            await Task.WhenAll(connections);
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.ASCII);
                var requestLine = await reader.ReadLineAsync(_stop.Token) ?? "";
                while (!string.IsNullOrEmpty(await reader.ReadLineAsync(_stop.Token)))
                {
                }

                var target = requestLine.Split(' ')[1];
                var kind = target.StartsWith("/api/v1/nodes", StringComparison.Ordinal) ? "Node" : "Service";
                if (!target.Contains("watch=true", StringComparison.Ordinal))
                {
                    await WriteAsync(stream, "200 OK", $$"""{"kind":"{{kind}}List","apiVersion":"v1","metadata":{"resourceVersion":"5"},"items":[]}""");
                    return;
                }

                Interlocked.Increment(ref _watchRequests);
                if (!_offersWatch)
                {
                    await WriteAsync(stream, "405 Method Not Allowed",
                        """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server does not allow this method on the requested resource","reason":"MethodNotAllowed","code":405}""");
                    return;
                }

                await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"), _stop.Token);
                if (kind == "Node")
                {
                    var line = """{"type":"ADDED","object":{"kind":"Node","apiVersion":"v1","metadata":{"name":"node-9","resourceVersion":"6"}}}""" + "\n";
                    await stream.WriteAsync(Encoding.ASCII.GetBytes($"{Encoding.ASCII.GetByteCount(line):x}\r\n{line}\r\n"), _stop.Token);
                }

                await Task.Delay(Timeout.Infinite, _stop.Token);
            }
            catch (Exception error) when (error is OperationCanceledException or IOException or SocketException)
            {
            }
        }
    }

    private async Task WriteAsync(NetworkStream stream, string status, string body) =>
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {Encoding.ASCII.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}"), _stop.Token);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving;
        _stop.Dispose();
    }
}
