using System.Net.Sockets;

namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>One connection to a built-in pod: reads a request head, answers it, and closes.</summary>
internal static class PodHttpExchange
{
    private const int MaxHeadBytes = 16 * 1024;
    private const int MaxDrainBytes = 1024 * 1024;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(Socket connection, PodHttpResponses responses, CancellationToken stopping)
    {
        using var _ = connection;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(RequestTimeout);

        var head = new byte[MaxHeadBytes];
        var length = 0;
        while (true)
        {
            var read = await connection.ReceiveAsync(head.AsMemory(length), timeout.Token);
            if (read == 0)
            {
                return;
            }

            length += read;
            if (head.AsSpan(0, length).IndexOf("\r\n\r\n"u8) >= 0)
            {
                break;
            }

            if (length == head.Length)
            {
                await connection.SendAsync(responses.HeaderTooLarge, timeout.Token);
                await CloseGracefullyAsync(connection, stopping);
                return;
            }
        }

        var answer = head.AsSpan(0, length).StartsWith("HEAD "u8) ? responses.OkWithoutBody : responses.Ok;
        await connection.SendAsync(answer, timeout.Token);
        await CloseGracefullyAsync(connection, stopping);
    }

    // Closing with unread request bytes (a body) would send a reset that can destroy the answer before the client
    // reads it; so: finish sending, then read what the client still sends until it closes, within bounds.
    private static async Task CloseGracefullyAsync(Socket connection, CancellationToken stopping)
    {
        connection.Shutdown(SocketShutdown.Send);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(DrainTimeout);
        var sink = new byte[4096];
        for (var drained = 0; drained < MaxDrainBytes;)
        {
            var read = await connection.ReceiveAsync(sink, timeout.Token);
            if (read == 0)
            {
                return;
            }

            drained += read;
        }
    }
}
