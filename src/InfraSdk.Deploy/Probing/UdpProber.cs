using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace InfraSdk.Deploy.Probing;

/// <summary>
/// Probes a UDP nodePort: one datagram from a connected socket, and any datagram back is an answer (the embedded
/// cluster's pods echo it). An ICMP port unreachable, which the kernel reports to a connected socket's receive as a
/// refused connection, is <see cref="ProbeOutcome.Refused"/>; silence until the timeout is <see cref="ProbeOutcome.NoReply"/>.
/// </summary>
internal static class UdpProber
{
    private const int ReplyBytes = 2048;

    private static readonly byte[] Datagram = "infrasdk-verify\n"u8.ToArray();

    /// <param name="deadline">Cancelled when this attempt's timeout runs out.</param>
    /// <param name="cancellationToken">Cancelled when the whole sweep must stop; then the cancellation is thrown.</param>
    public static async Task<ProbeResult> ProbeAsync(
        ProbeTarget target, IPAddress address, TimeSpan timeout, CancellationToken deadline, CancellationToken cancellationToken)
    {
        using var socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        var watch = Stopwatch.StartNew();
        try
        {
            await socket.ConnectAsync(address, target.NodePort, deadline);
            await socket.SendAsync(Datagram, SocketFlags.None, deadline);
            await socket.ReceiveAsync(new byte[ReplyBytes], SocketFlags.None, deadline);
            return new ProbeResult(target, ProbeOutcome.Reachable, watch.Elapsed.TotalMilliseconds);
        }
        catch (SocketException error) when (error.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset)
        {
            return new ProbeResult(target, ProbeOutcome.Refused, null, "port unreachable (ICMP)");
        }
        catch (SocketException error)
        {
            return new ProbeResult(target, ProbeOutcome.NoReply, null, error.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ProbeResult(target, ProbeOutcome.NoReply, null, $"no reply within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
        }
    }
}
