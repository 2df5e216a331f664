using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using InfraSdk.Deploy.Probing;

namespace InfraSdk.RunnerBench;

/// <summary>
/// verify's sweep against a local listener set: <c>nodes</c> loopback addresses (127.77.0.1, ...) each listening on
/// <c>services</c> ports, probed through the runner's own prober at several concurrencies. Ports start at 40000 so
/// that no embedded cluster on the machine (30000-32767) is disturbed. With <c>udp</c>, each port is a UDP socket that
/// echoes every datagram, and each pair gets verify's UDP probe.
/// </summary>
internal static class ProbeBench
{
    public static async Task RunAsync(int services, int nodes, IReadOnlyList<int> concurrencies, int repeats, TextWriter? output = null, bool udp = false)
    {
        output ??= Console.Out;
        var addresses = Enumerable.Range(1, nodes).Select(n => IPAddress.Parse($"127.77.0.{n}")).ToList();
        var listeners = new List<IDisposable>();
        using var stop = new CancellationTokenSource();
        foreach (var address in addresses)
        {
            for (var i = 0; i < services; i++)
            {
                listeners.Add(udp ? StartEcho(new IPEndPoint(address, 40000 + i), stop.Token) : StartListener(new IPEndPoint(address, 40000 + i), stop.Token));
            }
        }

        var protocol = udp ? ProbeTarget.Udp : "TCP";
        var targets = addresses.SelectMany((address, n) => Enumerable.Range(0, services).Select(i =>
            new ProbeTarget($"node-{n}", address.ToString(), $"bench/svc-{i}", 40000 + i, protocol, null, false))).ToList();
        output.WriteLine($"probe: {services} services x {nodes} nodes = {targets.Count} {protocol} pairs, {listeners.Count} listeners");
        output.WriteLine("concurrency  run  seconds  pairs/s  reachable  new TIME_WAIT  goal(<3 s at 13,840; >=5,000/s)");
        foreach (var concurrency in concurrencies)
        {
            for (var run = 0; run < repeats; run++)
            {
                var before = TimeWait();
                var settings = new VerifySettings(AddressType.InternalIP, ProbeMode.Tcp, concurrency, TimeSpan.FromSeconds(2));
                var watch = Stopwatch.StartNew();
                var results = await Reachability.ProbeAsync(targets, settings, CancellationToken.None);
                watch.Stop();
                var reachable = results.Count(r => r.Outcome == ProbeOutcome.Reachable);
                var timeWait = TimeWait().Except(before).Count();
                var rate = targets.Count / watch.Elapsed.TotalSeconds;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{concurrency,11}  {run,3}  {watch.Elapsed.TotalSeconds,7:0.000}  {rate,7:0}  {reachable,9}  {timeWait,13}  {(rate >= 5000 && reachable == targets.Count ? "met" : "NOT met")}"));
                foreach (var other in results.Where(r => r.Outcome != ProbeOutcome.Reachable).GroupBy(r => (r.Outcome, r.Detail)).Take(3))
                {
                    output.WriteLine($"             {other.Count()} {other.Key.Outcome}: {other.Key.Detail}");
                }
            }
        }

        await stop.CancelAsync();
        listeners.ForEach(listener => listener.Dispose());
    }

    private static IDisposable StartListener(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        var listener = new TcpListener(endpoint);
        listener.Start(64);
        _ = AcceptAsync(listener, cancellationToken);
        return listener;
    }

    /// <summary>A UDP socket that answers every datagram with itself until cancelled.</summary>
    private static Socket StartEcho(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(endpoint);
        _ = EchoAsync(socket, cancellationToken);
        return socket;
    }

    private static async Task EchoAsync(Socket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[2048];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveFromAsync(buffer, new IPEndPoint(IPAddress.Any, 0), cancellationToken);
                await socket.SendToAsync(buffer.AsMemory(0, received.ReceivedBytes), received.RemoteEndPoint, cancellationToken);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private static async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                // As a node's proxy does: hold the connection until the prober closes it (an immediate reset from this
                // side can beat the prober's connect completion on some network stacks, and reads as "refused").
                var socket = await listener.AcceptSocketAsync(cancellationToken);
                _ = HoldAsync(socket);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private static async Task HoldAsync(Socket socket)
    {
        using (socket)
        {
            try
            {
                var buffer = new byte[16];
                while (await socket.ReceiveAsync(buffer, SocketFlags.None) > 0)
                {
                }
            }
            catch (SocketException)
            {
            }
        }
    }

    /// <summary>Sockets in TIME_WAIT with an end on 127.77.0.x (0x4D = 77 as /proc/net/tcp writes it, little-endian).</summary>
    private static HashSet<string> TimeWait() =>
        File.Exists("/proc/net/tcp")
            ? File.ReadLines("/proc/net/tcp").Skip(1)
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(f => f[3] == "06" && (f[1][2..8] == "004D7F" || f[2][2..8] == "004D7F"))
                .Select(f => f[1] + "->" + f[2])
                .ToHashSet()
            : [];
}
