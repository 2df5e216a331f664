using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace InfraSdk.Deploy.Probing;

/// <summary>
/// Probes one address and port: a TCP connect, then an HTTP GET when asked, or for UDP a datagram that must be
/// answered (<see cref="UdpProber"/>). TCP sockets close with linger 0 (a reset), so a sweep of thousands of pairs leaves
/// nothing in TIME_WAIT.
/// </summary>
internal static class PortProber
{
    public static async Task<ProbeResult> ProbeAsync(ProbeTarget target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!target.IsProbed)
        {
            return new ProbeResult(target, ProbeOutcome.NotProbed, null, $"{target.Protocol} is not probed");
        }

        if (target.ExpectNoLocalEndpoint)
        {
            return new ProbeResult(target, ProbeOutcome.NoLocalEndpoint, null, "externalTrafficPolicy Local and no ready Pod on this node");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var address = await ResolveAsync(target.Address, deadline.Token);
        if (address is null)
        {
            return new ProbeResult(target, ProbeOutcome.Unresolvable, null, target.Address is null ? "the node has no such address" : $"{target.Address} does not resolve");
        }

        if (target.Protocol == ProbeTarget.Udp)
        {
            return await UdpProber.ProbeAsync(target, address, timeout, deadline.Token, cancellationToken);
        }

        using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp)
        {
            LingerState = new LingerOption(true, 0),
            NoDelay = true,
        };
        var watch = Stopwatch.StartNew();
        try
        {
            await socket.ConnectAsync(address, target.NodePort, deadline.Token);
            if (target.HttpPath is { } path)
            {
                return await GetAsync(target, socket, address, path, watch, deadline.Token);
            }

            return new ProbeResult(target, ProbeOutcome.Reachable, watch.Elapsed.TotalMilliseconds);
        }
        catch (SocketException error) when (error.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset)
        {
            return new ProbeResult(target, ProbeOutcome.Refused, null, "connection refused");
        }
        catch (SocketException error)
        {
            return new ProbeResult(target, ProbeOutcome.Timeout, null, error.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ProbeResult(target, ProbeOutcome.Timeout, null, $"no answer within {timeout.TotalSeconds:0.###} s");
        }
    }

    private static async Task<IPAddress?> ResolveAsync(string? host, CancellationToken cancellationToken)
    {
        if (host is null)
        {
            return null;
        }

        if (IPAddress.TryParse(host, out var address))
        {
            return address;
        }

        try
        {
            return (await Dns.GetHostAddressesAsync(host, cancellationToken)).FirstOrDefault();
        }
        catch (SocketException)
        {
            return null;
        }
    }

    private static async Task<ProbeResult> GetAsync(ProbeTarget target, Socket socket, IPAddress address, string path, Stopwatch watch, CancellationToken cancellationToken)
    {
        var host = address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {host}:{target.NodePort}\r\nUser-Agent: infrasdk-verify\r\nConnection: close\r\n\r\n");
        await socket.SendAsync(request, SocketFlags.None, cancellationToken);
        var buffer = new byte[256];
        var received = 0;
        int read;
        while (received < buffer.Length && (read = await socket.ReceiveAsync(buffer.AsMemory(received), SocketFlags.None, cancellationToken)) > 0)
        {
            received += read;
            if (Array.IndexOf(buffer, (byte)'\n', 0, received) >= 0)
            {
                break;
            }
        }

        var statusLine = Encoding.ASCII.GetString(buffer, 0, received).Split('\n')[0].Trim();
        var parts = statusLine.Split(' ', 3);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(parts[1], out var status))
        {
            return new ProbeResult(target, ProbeOutcome.Unhealthy, null, "no HTTP answer");
        }

        return status < 500
            ? new ProbeResult(target, ProbeOutcome.Reachable, watch.Elapsed.TotalMilliseconds, $"HTTP {status}")
            : new ProbeResult(target, ProbeOutcome.Unhealthy, watch.Elapsed.TotalMilliseconds, $"HTTP {status}");
    }
}
