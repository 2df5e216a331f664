using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

/// <summary>
/// verify probes UDP nodePorts on the embedded cluster: pods that echo are reachable, pods that do not answer and a node
/// that drops traffic are no-reply, a node without kube-proxy (ICMP port unreachable) is refused; each fails verify.
/// </summary>
public sealed class UdpProbeTests
{
    [Fact]
    public async Task A_udp_service_whose_pods_do_not_answer_is_no_reply_and_fails_deploy()
    {
        await using var cluster = await TestCluster.StartAsync();
        var topology = ShopLike.Create();
        // A UDP Service whose pods listen on TCP only: the datagrams reach them and get no answer.
        var mute = new TopologyManifests("MuteTopology", "mute",
        [
            Manifest.ForNamespace("mute", "MuteTopology"),
            Manifest.From(new Deployment("mute") { Replicas = 1, Labels = { ["app"] = "mute" }, Container = new("nginx:1.27") { Ports = { new(5515) } } }, "MuteTopology", "mute"),
            Manifest.From(new NodePortService("mute-udp")
            {
                Selector = { ["app"] = "mute" },
                Ports = [new ServicePort(Port: 514, TargetPort: 5515, NodePort: 30515, Protocol: Protocol.Udp, Name: "syslog")],
            }, "MuteTopology", "mute"),
        ]);

        var result = await Cli.RunAsync([topology, mute],
            ["deploy", "--kubeconfig", cluster.Kubeconfig, "--output", "json", "--probe-timeout", "500ms", "--probe-attempts", "2"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var probes = JsonReport.Parse(result).Items("probes").ToList();
        var silent = probes.Where(p => p.Text("service") == "mute/mute-udp").ToList();
        Assert.Equal(3, silent.Count);
        Assert.All(silent, p =>
        {
            Assert.Equal("no-reply", p.Text("result"));
            Assert.Equal("no reply within 0.5 s", p.Text("detail"));
            Assert.Equal(2, p.GetProperty("attempts").GetInt32());
        });
        Assert.All(probes.Where(p => p.Text("service") == "shop/syslog-udp"), p => Assert.Equal("reachable", p.Text("result")));
        Assert.Contains("3 of 9 probed node/port pairs did not answer (", JsonReport.Parse(result).Text("error"));
        Assert.Contains(":30515 no-reply", JsonReport.Parse(result).Text("error"));
    }

    [Fact]
    public async Task A_declared_udp_probe_sends_its_datagram_and_checks_the_reply()
    {
        await using var cluster = await TestCluster.StartAsync();
        const string name = "ProbedTopology";
        var topology = new TopologyManifests(name, "probed",
        [
            Manifest.ForNamespace("probed", name),
            Manifest.From(new Deployment("echo") { Replicas = 1, Labels = { ["app"] = "echo" }, Container = new("echo:1") { Ports = { new(5516, "echo", Protocol.Udp) } } }, name, "probed"),
            Manifest.From(Echo("as-expected", 30516, new UdpProbe("ping\n", Expect: "ping")), name, "probed"),
            Manifest.From(Echo("other-reply", 30517, new UdpProbe("ping\n", Expect: "pong")), name, "probed"),
        ]);

        var result = await cluster.RunAsync(topology, "deploy", "--output", "json", "--probe-timeout", "1s", "--probe-attempts", "1");

        Assert.True(result.ExitCode == 1, result.ToString());
        var probes = JsonReport.Parse(result).Items("probes").ToList();
        Assert.Equal(6, probes.Count);
        Assert.All(probes.Where(p => p.Text("service") == "probed/as-expected"), p => Assert.Equal("reachable", p.Text("result")));
        Assert.All(probes.Where(p => p.Text("service") == "probed/other-reply"), p =>
        {
            Assert.Equal("unhealthy", p.Text("result"));
            Assert.Equal("the reply does not begin with the expected bytes", p.Text("detail"));
        });
    }

    private static NodePortService Echo(string name, int nodePort, UdpProbe probe) => new(name)
    {
        Selector = { ["app"] = "echo" },
        Ports = [new ServicePort(Port: 7, TargetPort: 5516, NodePort: nodePort, Protocol: Protocol.Udp, Name: "echo")],
        Probe = probe,
    };

    [Fact]
    public async Task A_node_that_drops_is_no_reply_and_one_without_kube_proxy_is_refused()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s")).ExitCode);
        var (dropping, refusing) = (cluster.Cluster.Nodes[1], cluster.Cluster.Nodes[2]);
        await Kubectl.MustAsync(cluster.Kubeconfig, "annotate", "node", dropping.Name, "infrasdk.io/fault=drop");
        await Kubectl.MustAsync(cluster.Kubeconfig, "annotate", "node", refusing.Name, "infrasdk.io/fault=refuse");

        var result = await cluster.RunAsync(ShopLike.Create(), "verify", "--output", "json", "--probe-timeout", "500ms", "--probe-attempts", "1");

        Assert.Equal(1, result.ExitCode);
        var syslog = JsonReport.Parse(result).Items("probes").Where(p => p.Text("service") == "shop/syslog-udp").ToDictionary(p => p.Text("node"), p => p.Text("result"));
        Assert.Equal("reachable", syslog[cluster.Cluster.Nodes[0].Name]);
        Assert.Equal("no-reply", syslog[dropping.Name]);
        Assert.Equal("refused", syslog[refusing.Name]);
    }
}
