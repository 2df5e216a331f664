using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

public sealed class WaitTests
{
    [Fact]
    public async Task A_service_without_ready_endpoints_times_out_the_wait_and_its_nodePort_is_refused()
    {
        await using var cluster = await TestCluster.StartAsync();
        var topology = new TopologyManifests("OrphanTopology", "orphan",
        [
            Manifest.ForNamespace("orphan", "OrphanTopology"),
            Manifest.From(new NodePortService("nobody-home")
            {
                Selector = { ["app"] = "nobody" },
                Ports = { new ServicePort(80, 8080, 30300) },
            }, "OrphanTopology", "orphan"),
        ]);

        var deploy = await cluster.RunAsync(topology, "deploy", "--timeout", "1s");
        var verify = await cluster.RunAsync(topology, "verify", "--output", "json", "--probe-timeout", "1s");

        Assert.Equal(1, deploy.ExitCode);
        Assert.Contains("error: Timed out after 1 second waiting for Service orphan/nobody-home (no ready endpoints).", deploy.Error);
        Assert.Equal(1, verify.ExitCode);
        Assert.All(JsonReport.Parse(verify).Items("probes"), probe => Assert.Equal("refused", probe.Text("result")));
    }
}
