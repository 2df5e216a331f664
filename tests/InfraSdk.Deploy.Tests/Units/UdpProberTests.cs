using System.Net;
using System.Net.Sockets;
using InfraSdk.Deploy.Probing;

namespace InfraSdk.Deploy.Tests.Units;

/// <summary>The UDP probe on loopback sockets: a reply is reachable, an ICMP port unreachable is refused, silence is no-reply.</summary>
public sealed class UdpProberTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_reply_is_reachable()
    {
        using var echo = Bound();
        var answering = EchoOnceAsync(echo);

        var result = await ProbeAsync(echo);

        Assert.Equal(ProbeOutcome.Reachable, result.Outcome);
        Assert.Equal("infrasdk-verify\n", await answering.WaitAsync(Guard));
    }

    [Theory]
    [InlineData("\u0012q", nameof(ProbeOutcome.Reachable))]
    [InlineData("\u0013", nameof(ProbeOutcome.Unhealthy))]
    public async Task A_declared_probe_sends_its_datagram_and_wants_a_reply_that_begins_as_expected(string expect, string outcome)
    {
        using var echo = Bound();
        var answering = EchoOnceAsync(echo);
        var target = Target(((IPEndPoint)echo.LocalEndPoint!).Port) with { UdpProbe = new UdpProbe("\u0012query", expect) };

        var result = await PortProber.ProbeAsync(target, Timeout, CancellationToken.None).WaitAsync(Guard);

        Assert.Equal("\u0012query", await answering.WaitAsync(Guard));
        Assert.Equal(Enum.Parse<ProbeOutcome>(outcome), result.Outcome);
    }

    [Fact]
    public async Task A_port_nothing_listens_on_is_refused()
    {
        int port;
        using (var closed = Bound())
        {
            port = ((IPEndPoint)closed.LocalEndPoint!).Port;
        }

        var result = await PortProber.ProbeAsync(Target(port), Timeout, CancellationToken.None).WaitAsync(Guard);

        Assert.Equal(ProbeOutcome.Refused, result.Outcome);
        Assert.Equal("port unreachable (ICMP)", result.Detail);
    }

    [Fact]
    public async Task A_port_that_reads_and_never_replies_is_no_reply()
    {
        using var silent = Bound();

        var result = await ProbeAsync(silent);

        Assert.Equal(ProbeOutcome.NoReply, result.Outcome);
        Assert.Equal("no reply within 0.5 s", result.Detail);
    }

    private static Task<ProbeResult> ProbeAsync(Socket server) =>
        PortProber.ProbeAsync(Target(((IPEndPoint)server.LocalEndPoint!).Port), Timeout, CancellationToken.None).WaitAsync(Guard);

    private static ProbeTarget Target(int port) => new("node-1", "127.0.0.1", "shop/syslog-udp", port, "UDP", null, false);

    private static Socket Bound()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }

    /// <summary>Answers the first datagram with itself and returns it as text.</summary>
    private static async Task<string> EchoOnceAsync(Socket socket)
    {
        var buffer = new byte[2048];
        var received = await socket.ReceiveFromAsync(buffer, new IPEndPoint(IPAddress.Any, 0));
        await socket.SendToAsync(buffer.AsMemory(0, received.ReceivedBytes), received.RemoteEndPoint);
        return System.Text.Encoding.ASCII.GetString(buffer, 0, received.ReceivedBytes);
    }
}
