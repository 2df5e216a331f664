using System.Net.Sockets;
using System.Text;

namespace InfraSdk.LocalCluster.DataPlane.Pods;

/// <summary>Runs one readiness probe against a pod, as the kubelet's prober does, within the probe's timeout.</summary>
internal static class ProbeRunner
{
    private const int MaxStatusLineBytes = 256;

    public static async Task<bool> PassesAsync(PodServer pod, ReadinessProbe probe, CancellationToken cancellationToken)
    {
        if (probe.Action == ProbeAction.Exec)
        {
            return true;
        }

        if (probe.Action == ProbeAction.Grpc || probe.Port is not { } port)
        {
            return false;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(probe.Timeout);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await socket.ConnectAsync(pod.EndpointFor("TCP", port), timeout.Token);
            return probe.Action == ProbeAction.TcpSocket || await AnswersHttpAsync(socket, pod, port, probe.Path, timeout.Token);
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>A GET as the kubelet sends it; a status from 200 to 399 passes.</summary>
    private static async Task<bool> AnswersHttpAsync(Socket socket, PodServer pod, int port, string path, CancellationToken cancellationToken)
    {
        var request = $"GET {path} HTTP/1.1\r\nHost: {pod.Info.Address}:{port}\r\nUser-Agent: kube-probe/1.32\r\nAccept: */*\r\nConnection: close\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(request), cancellationToken);
        var buffer = new byte[MaxStatusLineBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (buffer.AsSpan(0, length).IndexOf("\r\n"u8) >= 0)
            {
                break;
            }
        }

        var statusLine = Encoding.ASCII.GetString(buffer, 0, length).Split("\r\n")[0].Split(' ');
        return statusLine.Length >= 2 && statusLine[0].StartsWith("HTTP/", StringComparison.Ordinal)
            && int.TryParse(statusLine[1], out var status) && status is >= 200 and < 400;
    }
}
