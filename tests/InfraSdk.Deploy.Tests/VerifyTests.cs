using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

public sealed class VerifyTests
{
    [Fact]
    public async Task ExternalTrafficPolicy_Local_nodes_without_a_pod_are_expected_not_failures()
    {
        await using var cluster = await TestCluster.StartAsync();
        var topology = new TopologyManifests("LocalTopology", "edge",
        [
            Manifest.ForNamespace("edge", "LocalTopology"),
            Manifest.From(new Deployment("gateway") { Replicas = 1, Labels = { ["app"] = "gateway" }, Container = new("nginx:1.27") { Ports = { new(8080) } } }, "LocalTopology", "edge"),
            Manifest.From(new NodePortService("gateway")
            {
                Selector = { ["app"] = "gateway" },
                ExternalTrafficPolicy = ExternalTrafficPolicy.Local,
                Ports = { new ServicePort(80, 8080, 30100) },
            }, "LocalTopology", "edge"),
        ]);

        var result = await cluster.RunAsync(topology, "deploy", "--output", "json", "--probe-timeout", "1s");

        Assert.True(result.ExitCode == 0, result.ToString());
        var probes = JsonReport.Parse(result).Items("probes").Select(p => p.Text("result")).Order().ToList();
        Assert.Equal(["no-local-endpoint", "no-local-endpoint", "reachable"], probes);
    }

    [Fact]
    public async Task The_services_http_probe_or_probe_http_sends_a_GET()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(withExtraService: true), "deploy", "--probe-timeout", "1s")).ExitCode);

        var auto = await cluster.RunAsync(ShopLike.Create(withExtraService: true), "verify", "--output", "json", "--probe-timeout", "5s");
        var http = await cluster.RunAsync(ShopLike.Create(withExtraService: true), "verify", "--output", "json", "--probe", "http", "--probe-timeout", "5s");

        Assert.True(auto.ExitCode == 0, auto.ToString());
        var probes = JsonReport.Parse(auto).Items("probes").ToList();
        Assert.All(probes.Where(p => p.Text("service") == "shop/my-legacy-service"), p => Assert.StartsWith("HTTP 2", p.Text("detail")));
        Assert.All(probes.Where(p => p.Text("service") == "shop/my-nodeport-service"), p => Assert.Equal(System.Text.Json.JsonValueKind.Null, p.GetProperty("detail").ValueKind));
        Assert.True(http.ExitCode == 0, http.ToString());
        Assert.All(JsonReport.Parse(http).Items("probes").Where(p => p.Text("protocol") == "TCP"), p => Assert.StartsWith("HTTP 2", p.Text("detail")));
    }

    [Fact]
    public async Task Text_output_has_the_matrix_and_the_addresses_and_no_colour_in_a_pipe()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s")).ExitCode);

        var result = await cluster.RunAsync(ShopLike.Create(), "verify", "--probe-timeout", "1s");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("\u001b[", result.Out);
        foreach (var node in cluster.Cluster.Nodes)
        {
            Assert.Contains(node.Name, result.Out);
            Assert.Contains($"http://{node.InternalIP}:30007", result.Out);
            Assert.Contains($"udp://{node.InternalIP}:30514", result.Out);
        }

        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Nodes_without_an_address_of_the_asked_type_are_unresolvable()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s")).ExitCode);

        var result = await cluster.RunAsync(ShopLike.Create(), "verify", "--address-type", "ExternalIP", "--output", "json", "--probe-timeout", "1s");

        Assert.Equal(1, result.ExitCode);
        Assert.All(JsonReport.Parse(result).Items("probes").Where(p => p.Text("protocol") == "TCP"), p => Assert.Equal("unresolvable", p.Text("result")));
    }
}
