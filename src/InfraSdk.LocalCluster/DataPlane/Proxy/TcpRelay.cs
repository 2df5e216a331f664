using System.Net.Sockets;

namespace InfraSdk.LocalCluster.DataPlane.Proxy;

/// <summary>Copies bytes both ways between two connected sockets until both sides have finished sending.
/// A side that closes its sending half is passed on as a half close; a reset on either side resets both.</summary>
internal static class TcpRelay
{
    private const int BufferBytes = 16 * 1024;

    public static async Task RunAsync(Socket client, Socket upstream, CancellationToken stopping)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var toUpstream = CopyAsync(client, upstream, failed);
        var toClient = CopyAsync(upstream, client, failed);
        await Task.WhenAll(toUpstream, toClient);
        if (failed.IsCancellationRequested)
        {
            Reset(client);
            Reset(upstream);
        }
    }

    /// <summary>Closes a connection with a reset (RST) rather than a graceful close (FIN).</summary>
    public static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(enable: true, seconds: 0);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }

        socket.Dispose();
    }

    private static async Task CopyAsync(Socket from, Socket to, CancellationTokenSource failed)
    {
        var buffer = new byte[BufferBytes];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, failed.Token);
                if (read == 0)
                {
                    to.Shutdown(SocketShutdown.Send);
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), failed.Token);
            }
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            await failed.CancelAsync();
        }
    }
}
