using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

/// <summary>verify probes only the addresses the Nodes report, and a node that never answers is a timeout within verify's time bound.</summary>
public sealed class ProbingSafetyTests
{
    [Fact]
    public async Task Probes_go_only_to_the_addresses_the_nodes_report()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(withExtraService: true), "deploy", "--probe-timeout", "1s")).ExitCode);

        var result = await cluster.RunAsync(ShopLike.Create(withExtraService: true), "verify", "--output", "json", "--probe-timeout", "1s");

        Assert.True(result.ExitCode == 0, result.ToString());
        var reported = cluster.Cluster.Nodes.Select(node => (node.Name, node.InternalIP.ToString())).ToHashSet();
        var probed = JsonReport.Parse(result).Items("probes").Select(p => (p.Text("node"), p.Text("address"))).ToHashSet();
        Assert.Equal(reported, probed);
    }

    [Fact]
    public async Task A_node_that_never_answers_is_reported_as_timeout_once_the_time_bound_runs_out()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s")).ExitCode);
        var silent = cluster.Cluster.Nodes[2];
        await Kubectl.MustAsync(cluster.Kubeconfig, "annotate", "node", silent.Name, "infrasdk.io/fault=drop");

        // Three attempts of 5 s each would take 15 s and more; the sweep may take 2 s.
        var result = await cluster.RunAsync(ShopLike.Create(), "verify", "--output", "json", "--probe-timeout", "5s", "--probe-attempts", "3", "--verify-timeout", "2s");

        Assert.Equal(1, result.ExitCode);
        var web = JsonReport.Parse(result).Items("probes").Where(p => p.Text("service") == "shop/my-nodeport-service").ToList();
        var timedOut = Assert.Single(web, p => p.Text("node") == silent.Name);
        Assert.Equal("timeout", timedOut.Text("result"));
        Assert.Equal(silent.InternalIP.ToString(), timedOut.Text("address"));
        Assert.Equal("no answer before verify's time bound (2 s) ran out", timedOut.Text("detail"));
        Assert.All(web.Where(p => p.Text("node") != silent.Name), p => Assert.Equal("reachable", p.Text("result")));
        Assert.Contains($"{silent.Name} {silent.InternalIP}:30007 timeout", result.Error);
    }
}
