using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

public sealed class DeployLocalTests
{
    [Fact]
    public async Task Deploy_local_reports_the_web_service_at_30007_and_the_udp_syslog_at_30514_reachable_on_three_nodes()
    {
        var result = await Cli.RunAsync(ShopLike.Create(), "deploy", "--local", "--output", "json", "--probe-timeout", "1s");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = JsonReport.Parse(result);
        var web = report.Items("probes").Where(p => p.Text("service") == "shop/my-nodeport-service").ToList();
        Assert.Equal(3, web.Count);
        Assert.All(web, probe =>
        {
            Assert.Equal(30007, probe.GetProperty("nodePort").GetInt32());
            Assert.Equal("reachable", probe.Text("result"));
            Assert.Equal("TCP", probe.Text("protocol"));
            Assert.True(probe.GetProperty("latencyMs").GetDouble() >= 0);
        });
        Assert.Equal(3, web.Select(p => p.Text("node")).Distinct().Count());
        var syslog = report.Items("probes").Where(p => p.Text("service") == "shop/syslog-udp").ToList();
        Assert.Equal(3, syslog.Select(p => p.Text("node")).Distinct().Count());
        Assert.All(syslog, probe =>
        {
            Assert.Equal(30514, probe.GetProperty("nodePort").GetInt32());
            Assert.Equal("UDP", probe.Text("protocol"));
            Assert.Equal("reachable", probe.Text("result"));
        });
        Assert.Equal(
            ["Namespace shop create", "Deployment my-web-app create", "Deployment syslog create", "Service my-nodeport-service create", "Service my-web-internal create", "Service syslog-udp create"],
            report.Items("changes").Select(c => $"{c.Text("kind")} {c.Text("name")} {c.Text("action")}"));
        Assert.Contains("http://", result.Error);
        Assert.Contains(":30007", result.Error);
    }
}
