using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

public sealed class RejectionTests
{
    [Fact]
    public async Task A_service_the_api_server_rejects_is_reported_on_the_declaration_in_the_servers_words()
    {
        await using var cluster = await TestCluster.StartAsync();
        var topology = new TopologyManifests("BadTopology", "bad",
        [
            Manifest.ForNamespace("bad", "BadTopology"),
            Manifest.From(new NodePortService("two-ports")
            {
                Selector = { ["app"] = "x" },
                Ports = { new ServicePort(80, 8080, 30200), new ServicePort(443, 8443, 30201) },
            }, "BadTopology", "bad"),
        ]);

        var result = await cluster.RunAsync(topology, "deploy", "--output", "json");

        Assert.Equal(1, result.ExitCode);
        var error = JsonReport.Parse(result).Text("error");
        Assert.StartsWith("Service bad/two-ports Ports[0] (80/TCP) name: Required value", error);
        Assert.Contains($"error: {error}", result.Error);
        Assert.DoesNotContain("\"kind\":\"Status\"", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
