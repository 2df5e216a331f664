using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace InfraSdk.Deploy.Probing;

/// <summary>
/// Probes a UDP nodePort: one datagram from a connected socket, the Service's <see cref="UdpProbe"/> or by default one
/// that the embedded cluster's pods echo, and any datagram back is an answer unless the probe expects a reply that
/// begins otherwise (<see cref="ProbeOutcome.Unhealthy"/>). An ICMP port unreachable, which the kernel reports to a connected socket's receive as a
/// refused connection, is <see cref="ProbeOutcome.Refused"/>; silence until the timeout is <see cref="ProbeOutcome.NoReply"/>.
/// </summary>
internal static class UdpProber
{
    private const int ReplyBytes = 2048;

    private static readonly UdpProbe Default = new("infrasdk-verify\n");

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
            var probe = target.UdpProbe ?? Default;
            await socket.SendAsync(Encoding.UTF8.GetBytes(probe.Send), SocketFlags.None, deadline);
            var reply = new byte[ReplyBytes];
            var read = await socket.ReceiveAsync(reply, SocketFlags.None, deadline);
            var latency = watch.Elapsed.TotalMilliseconds;
            return probe.Expect is null || reply.AsSpan(0, read).StartsWith(Encoding.UTF8.GetBytes(probe.Expect))
                ? new ProbeResult(target, ProbeOutcome.Reachable, latency)
                : new ProbeResult(target, ProbeOutcome.Unhealthy, latency, "the reply does not begin with the expected bytes");
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
