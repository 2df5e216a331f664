using System.Net.Sockets;

namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>One connection to a built-in pod: reads a request head, answers it, logs it, and closes.</summary>
internal static class PodHttpExchange
{
    private const int MaxHeadBytes = 16 * 1024;
    private const int MaxDrainBytes = 1024 * 1024;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(2);

    private const int MaxLoggedRequestLine = 256;

    public static async Task RunAsync(Socket connection, PodHttpResponses responses, PodLog? log, CancellationToken stopping)
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
        log?.Write($"{connection.RemoteEndPoint} \"{RequestLine(head.AsSpan(0, length))}\" 200 {answer.Length}");
        await CloseGracefullyAsync(connection, stopping);
    }

    /// <summary>The request's first line (method, target, version), cut to a loggable length.</summary>
    private static string RequestLine(ReadOnlySpan<byte> head)
    {
        var end = head.IndexOf("\r\n"u8);
        var line = head[..Math.Min(end < 0 ? head.Length : end, MaxLoggedRequestLine)];
        return System.Text.Encoding.ASCII.GetString(line);
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
