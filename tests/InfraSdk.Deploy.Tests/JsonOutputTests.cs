using System.Text.Json;
using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

public sealed class JsonOutputTests
{
    [Fact]
    public async Task Destroy_json_lists_every_deleted_object_and_the_kept_namespace()
    {
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s")).ExitCode);
        await Kubectl.CreateForeignServiceAsync(cluster.Kubeconfig, ShopLike.Namespace, "hand-made");

        var refused = await cluster.RunAsync(ShopLike.Create(), "destroy", "--output", "json");
        var destroyed = await cluster.RunAsync(ShopLike.Create(), "destroy", "--yes", "--output", "json");

        Assert.Equal(2, refused.ExitCode);
        var refusal = JsonReport.Parse(refused);
        Assert.Contains("rerun with --yes", refusal.Text("error"));
        Assert.Empty(refusal.Items("changes"));

        Assert.True(destroyed.ExitCode == 0, destroyed.ToString());
        var report = JsonReport.Parse(destroyed);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("error").ValueKind);
        Assert.All(report.Items("changes"), change => Assert.Equal("delete", change.Text("action")));
        var deleted = report.Items("changes").Select(change => $"{change.Text("kind")} {change.Text("namespace")}/{change.Text("name")}").Order(StringComparer.Ordinal);
        Assert.Equal(
            ["Deployment shop/my-web-app", "Deployment shop/syslog", "Service shop/my-nodeport-service", "Service shop/my-web-internal", "Service shop/syslog-udp"],
            deleted);
        var kept = Assert.Single(report.Items("notes")).GetString();
        Assert.StartsWith("Kept namespace shop: it still holds Service shop/hand-made", kept);
        Assert.Contains("Deleted 5 objects.", destroyed.Error);
        Assert.Contains("Kept namespace shop", destroyed.Error);
    }

    [Fact]
    public async Task Ports_json_shows_the_bands_the_holders_and_the_claims_before_and_after_deploy()
    {
        await using var cluster = await TestCluster.StartAsync();

        var before = await cluster.RunAsync(ShopLike.Create(), "ports", "--output", "json");
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s")).ExitCode);
        var after = await cluster.RunAsync(ShopLike.Create(), "ports", "--output", "json");

        Assert.True(before.ExitCode == 0, before.ToString());
        var empty = JsonReport.Parse(before).GetProperty("ports");
        Assert.Empty(empty.Items("holders"));
        Assert.Equal("free", Claim(empty, 30007).Text("state"));

        Assert.True(after.ExitCode == 0, after.ToString());
        var ports = JsonReport.Parse(after).GetProperty("ports");
        Assert.Equal(30000, ports.GetProperty("range").GetProperty("first").GetInt32());
        Assert.Equal(32767, ports.GetProperty("range").GetProperty("last").GetInt32());
        var bands = ports.Items("bands").Select(band => (band.Text("band"), First(band), Last(band), Held(band), Free(band)));
        Assert.Equal([("static", 30000, 30085, 1, 85), ("dynamic", 30086, 32767, 1, 2681)], bands);
        Assert.Equal(
            [(30007, "shop/my-nodeport-service"), (30514, "shop/syslog-udp")],
            ports.Items("holders").Select(holder => (holder.GetProperty("nodePort").GetInt32(), holder.Text("heldBy"))));
        var web = Claim(ports, 30007);
        Assert.Equal("shop/my-nodeport-service", web.Text("service"));
        Assert.Equal("Ports[0] (80/TCP)", web.Text("port"));
        Assert.Equal("static", web.Text("band"));
        Assert.Equal("held by this topology", web.Text("state"));
        Assert.Equal("dynamic", Claim(ports, 30514).Text("band"));
        Assert.Contains("30000-30085", after.Error);
    }

    private static JsonElement Claim(JsonElement ports, int nodePort) =>
        Assert.Single(ports.Items("claims"), claim => claim.GetProperty("nodePort").GetInt32() == nodePort);

    private static int First(JsonElement band) => band.GetProperty("first").GetInt32();

    private static int Last(JsonElement band) => band.GetProperty("last").GetInt32();

    private static int Held(JsonElement band) => band.GetProperty("held").GetInt32();

    private static int Free(JsonElement band) => band.GetProperty("free").GetInt32();
}
