using InfraSdk.Rules;
using InfraSdk.Declarations;
using InfraSdk.Analyzers.Index;
using InfraSdk.Extraction.Model;
using InfraSdk.Kubernetes;

namespace InfraSdk.Analyzers.Tests.Index;

public sealed class NodePortClaimIndexTests
{
    [Fact]
    public void Conflicts_ignore_protocol_except_within_one_Service_on_the_same_port()
    {
        var dnsUdp = Claim(30053, "dns", port: 53, protocol: "UDP");
        var dnsTcp = Claim(30053, "dns", port: 53, protocol: "TCP");
        var web = Claim(30080, "web", port: 80, protocol: "TCP");
        var admin = Claim(30080, "admin", port: 8080, protocol: "UDP");
        var index = new NodePortClaimIndex([dnsUdp, dnsTcp, web, admin]);

        Assert.Empty(index.ConflictsOf(dnsUdp));
        Assert.Empty(index.ConflictsOf(dnsTcp));
        Assert.Equal([admin], index.ConflictsOf(web).ToArray());
        Assert.Equal([web], index.ConflictsOf(admin).ToArray());
    }

    [Fact]
    public void HealthCheckNodePort_never_shares()
    {
        var port = Claim(30010, "edge", port: 443, protocol: "TCP");
        var healthCheck = new NodePortClaim(30010, NodePortClaim.HealthCheckNodePortField, "edge", "default/edge", "T.cs:2", Span(2), 0, string.Empty);
        var index = new NodePortClaimIndex([port, healthCheck]);

        Assert.Equal([healthCheck], index.ConflictsOf(port).ToArray());
    }

    [Fact]
    public void Local_claimants_are_named_before_referenced_ones()
    {
        var referenced = new NodePortClaim(30007, NodePortClaim.NodePortField, "Other|a/b", "a/b", "A.cs:1 in Other", null, 80, "TCP");
        var local = Claim(30007, "local", port: 80, protocol: "TCP", line: 9);
        var mine = Claim(30007, "mine", port: 81, protocol: "TCP", line: 3);
        var index = new NodePortClaimIndex([referenced, local, mine]);

        Assert.Equal([local, referenced], index.ConflictsOf(mine).ToArray());
    }

    [Fact]
    public void Lowest_free_port_starts_in_the_static_band_and_skips_claims_and_taken_ports()
    {
        var index = new NodePortClaimIndex([Claim(30000, "a"), Claim(30001, "b"), Claim(30003, "c")]);

        Assert.Equal(30002, index.LowestFree(NodePortRange.Default));
        Assert.Equal(30004, index.LowestFree(NodePortRange.Default, new HashSet<int> { 30002 }));
    }

    [Fact]
    public void Lowest_free_port_is_null_when_the_range_is_full()
    {
        var index = new NodePortClaimIndex([Claim(30000, "a"), Claim(30001, "b")]);

        Assert.Null(index.LowestFree(new NodePortRange(30000, 30001)));
        Assert.Equal(2, index.CountClaimedIn(new NodePortRange(30000, 30001)));
    }

    private static NodePortClaim Claim(int nodePort, string service, int port = 80, string protocol = "TCP", int line = 1) =>
        new(nodePort, NodePortClaim.NodePortField, service, "default/" + service, "T.cs:" + line, Span(line), port, protocol);

    private static SourceSpan Span(int line) => new("T.cs", line * 100, 5, line - 1, 10, line - 1, 15);
}
