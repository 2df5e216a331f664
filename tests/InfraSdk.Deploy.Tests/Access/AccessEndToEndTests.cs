using System.Net;
using System.Net.Sockets;
using System.Text;
using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests.Access;

/// <summary>
/// access on the embedded cluster with Shop deployed: every file passes its tool; a real HAProxy on a loopback address
/// carries HTTP to the web Service and keeps doing so once its health check has marked a dropping node down; a real
/// nginx carries UDP to the syslog Service's echo pods likewise; and --watch takes a Node deleted with kubectl out of
/// every file.
/// </summary>
public sealed class AccessEndToEndTests : IDisposable
{
    private const int WebNodePort = 30007;
    private const int SyslogNodePort = 30514;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("infrasdk-access-e2e-");

    private string Dir => Path.Combine(_folder.FullName, "access");

    [Fact]
    public async Task Access_against_a_deployed_cluster_writes_every_file_and_each_passes_its_tool()
    {
        await using var cluster = await DeployedShopAsync();

        var result = await cluster.RunAsync(ShopLike.Create(), "access", "-o", Dir, "--zone", "shop.example.test", "--allow-from", "127.0.0.0/8", "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        await Tools.AllMustAcceptAsync(Dir, "shop.example.test");
        var access = JsonReport.Parse(result).GetProperty("access");
        Assert.Equal(3, access.GetProperty("nodes").GetInt32());
        Assert.Equal(2, access.GetProperty("services").GetInt32());
        Assert.Equal(6, access.GetProperty("answered").GetInt32());
        Assert.Equal(
            ["haproxy.cfg", "nginx-stream.conf", "firewall.nft", "firewall.iptables", "shop.example.test.zone", "access.json"],
            access.GetProperty("files").EnumerateArray().Select(file => file.Text("name")));
        Assert.All(access.GetProperty("files").EnumerateArray(), file => Assert.True(file.GetProperty("written").GetBoolean()));
        var node = cluster.Cluster.Nodes[0];
        Assert.Contains($"my-nodeport-service.shop IN A {node.InternalIP}\n", Read("shop.example.test.zone"));
        Assert.Contains($"_syslog._udp.syslog-udp.shop IN SRV 0 1 {SyslogNodePort} {node.Name}.node\n", Read("shop.example.test.zone"));
        Assert.Contains("Wrote 6 of 6 files", result.Error);

        var again = await cluster.RunAsync(ShopLike.Create(), "access", "-o", Dir, "--zone", "shop.example.test", "--allow-from", "127.0.0.0/8");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains($"No change in {Dir}: 3 nodes, 2 Services, 2 ports (1 TCP, 1 UDP), 6 backends (6 answered the probe).", again.Out);
    }

    [Fact]
    public async Task Haproxy_carries_http_to_the_web_service_and_keeps_doing_so_once_a_dropping_node_is_marked_down()
    {
        await using var cluster = await DeployedShopAsync();
        var listen = LoopbackAddress.WithFreePorts(WebNodePort, SyslogNodePort);
        await MustWriteAsync(cluster, "--listen", listen.ToString(), "--check-interval", "200ms");
        using var haproxy = new ForegroundProcess("haproxy", "-db", "-f", Path.Combine(Dir, "haproxy.cfg"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var url = $"http://{listen}:{WebNodePort}/";
        await Poll.UntilAsync(async () => await AnswersAsync(http, url), Bound, $"an HTTP answer through HAProxy at {url} ({haproxy.Output})");

        var dropped = cluster.Cluster.Nodes[1];
        await Kubectl.MustAsync(cluster.Kubeconfig, "annotate", "node", dropped.Name, "infrasdk.io/fault=drop");
        await Poll.UntilAsync(() => Task.FromResult(haproxy.Output.Contains($"/{dropped.Name} is DOWN", StringComparison.Ordinal)), Bound, $"HAProxy marking {dropped.Name} down ({haproxy.Output})");

        for (var i = 0; i < 9; i++)
        {
            Assert.True(await AnswersAsync(http, url), $"request {i + 1} through HAProxy failed after {dropped.Name} was marked down:\n{haproxy.Output}");
        }

        Assert.False(haproxy.HasExited, haproxy.Output);
    }

    [Fact]
    public async Task Nginx_carries_udp_to_the_syslog_echo_pods_and_keeps_doing_so_once_a_dropping_node_is_marked_failed()
    {
        await using var cluster = await DeployedShopAsync();
        var listen = LoopbackAddress.WithFreePorts(WebNodePort, SyslogNodePort);
        await MustWriteAsync(cluster, "--listen", listen.ToString());
        var prefix = Directory.CreateDirectory(Path.Combine(_folder.FullName, "nginx"));
        var main = Path.Combine(prefix.FullName, "nginx.conf");
        await File.WriteAllTextAsync(main, Tools.NginxMainConfig(prefix.FullName, Path.Combine(Dir, "nginx-stream.conf")));
        var errorLog = Path.Combine(prefix.FullName, "error.log");
        using var nginx = new ForegroundProcess("nginx", "-p", prefix.FullName, "-c", main, "-e", errorLog);
        var target = new IPEndPoint(listen, SyslogNodePort);
        await Poll.UntilAsync(async () => await EchoedAsync(target), Bound, $"a UDP reply through nginx at {target} ({nginx.Output})");

        var dropped = cluster.Cluster.Nodes[1];
        await Kubectl.MustAsync(cluster.Kubeconfig, "annotate", "node", dropped.Name, "infrasdk.io/fault=drop");
        // nginx has no active check for UDP: the first datagram it sends to the dropping node goes unanswered and marks it failed.
        var timedOut = $"upstream: \"{dropped.InternalIP}:{SyslogNodePort}\"";
        await Poll.UntilAsync(
            async () =>
            {
                if (File.Exists(errorLog) && (await File.ReadAllTextAsync(errorLog)).Contains(timedOut, StringComparison.Ordinal))
                {
                    return true;
                }

                await EchoedAsync(target);
                return false;
            },
            Bound, $"nginx timing out on {dropped.Name} ({nginx.Output})");

        for (var i = 0; i < 9; i++)
        {
            Assert.True(await EchoedAsync(target), $"datagram {i + 1} through nginx got no reply after {dropped.Name} was marked failed:\n{await File.ReadAllTextAsync(errorLog)}");
        }

        Assert.False(nginx.HasExited, nginx.Output);
    }

    [Fact]
    public async Task Watch_takes_a_node_deleted_with_kubectl_out_of_every_file_and_runs_on_change()
    {
        await using var cluster = await DeployedShopAsync();
        var deleted = cluster.Cluster.Nodes[2];
        var changes = Path.Combine(_folder.FullName, "changes.log");
        var args = new[]
        {
            "access", "-o", Dir, "--zone", "shop.example.test", "--watch", "--interval", "1s", "--probe-timeout", "500ms", "--probe-attempts", "1",
            "--on-change", $"echo rewrite >> {changes}", "--kubeconfig", cluster.Kubeconfig,
        };
        string[] files = ["haproxy.cfg", "nginx-stream.conf", "firewall.nft", "firewall.iptables", "shop.example.test.zone", "access.json"];

        var result = await Cli.RunAsync([ShopLike.Create()], args, environment: null, input: null, terminal: false, whileRunning: ("Ran --on-change", async _ =>
        {
            Assert.All(files, file => Assert.Contains(deleted.InternalIP.ToString(), Read(file)));
            await Kubectl.MustAsync(cluster.Kubeconfig, "delete", "node", deleted.Name);

            await Poll.UntilAsync(
                () => Task.FromResult(files.All(file => !Read(file).Contains(deleted.InternalIP.ToString(), StringComparison.Ordinal) && !Read(file).Contains(deleted.Name + " ", StringComparison.Ordinal))),
                Bound, $"{deleted.Name} leaving every file");
            await Poll.UntilAsync(() => Task.FromResult(File.ReadAllLines(changes).Length >= 2), Bound, "--on-change running after the rewrite");
            Assert.False(await ConnectsAsync(new IPEndPoint(deleted.InternalIP, WebNodePort)), $"{deleted.Name}'s address still serves nodePort {WebNodePort} after the Node was deleted.");
            await Poll.UntilAsync(
                async () => (await Kubectl.MustAsync(cluster.Kubeconfig, "get", "endpoints", "-n", "shop", "my-nodeport-service", "-o", "jsonpath={.subsets[*].addresses[*].nodeName}"))
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries) is var nodes && nodes.Length == 3 && !nodes.Contains(deleted.Name),
                Bound, $"the web app's 3 endpoints moving off {deleted.Name}");
        }));

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("2 nodes, 2 Services, 2 ports (1 TCP, 1 UDP), 4 backends", result.Out);
        Assert.DoesNotContain(deleted.Name, (await Kubectl.MustAsync(cluster.Kubeconfig, "get", "nodes", "-o", "name")));
    }

    private static async Task<TestCluster> DeployedShopAsync()
    {
        var cluster = await TestCluster.StartAsync();
        var deploy = await cluster.RunAsync(ShopLike.Create(), "deploy");
        Assert.True(deploy.ExitCode == 0, deploy.ToString());
        return cluster;
    }

    private async Task MustWriteAsync(TestCluster cluster, params string[] args)
    {
        var result = await cluster.RunAsync(ShopLike.Create(), ["access", "-o", Dir, .. args]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private static async Task<bool> AnswersAsync(HttpClient http, string url)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.ConnectionClose = true;
            using var response = await http.SendAsync(request);
            return response.IsSuccessStatusCode;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>One datagram from a socket of its own (a session of its own for nginx), answered within 3 s.</summary>
    private static async Task<bool> EchoedAsync(IPEndPoint target)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Connect(target);
        var payload = Encoding.ASCII.GetBytes("<14>access test\n");
        await socket.SendAsync(payload);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var buffer = new byte[512];
        try
        {
            return await socket.ReceiveAsync(buffer, timeout.Token) > 0;
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException)
        {
            return false;
        }
    }

    private static async Task<bool> ConnectsAsync(IPEndPoint target)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await socket.ConnectAsync(target, timeout.Token);
            return true;
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException)
        {
            return false;
        }
    }

    private string Read(string name) => File.ReadAllText(Path.Combine(Dir, name));

    public void Dispose() => _folder.Delete(recursive: true);
}
