namespace InfraSdk.Tests.Checks;

/// <summary>The analyzers' rules, run on objects built at run time, as plan and deploy run them.</summary>
public class TopologyChecksTests
{
    [Fact]
    public void Declarations_built_in_code_are_judged_by_the_analyzers_rules_with_their_ids()
    {
        Resource[] resources =
        [
            new Deployment("web")
            {
                Labels = { ["app"] = "web" },
                Selector = { ["app"] = "other" },
                Container = new("nginx")
                {
                    Ports = { new(70000) },
                    Requests = new(Memory: "500mb"),
                    VolumeMounts = { new("missing", "/data") },
                },
            },
            new ClusterIPService("internal") { Selector = { ["app"] = "web" }, Ports = { new ServicePort(80, NodePort: 30001), new ServicePort(81) } },
        ];

        var findings = TopologyChecks.Run([new TopologyManifests("Built", "shop", [], resources)]);

        Assert.Equal(["IS0003", "IS0005", "IS0006", "IS0008", "IS0015", "IS0019", "IS0022"], findings.Select(f => f.RuleId).Distinct().Order());
        Assert.Equal(["IS0008"], findings.Where(f => !f.IsError).Select(f => f.RuleId).Distinct());
        Assert.Contains(findings, f => f.RuleId == "IS0006" && f.Message == "Service shop/internal is a ClusterIPService: nodePort 30001 may not be used when type is 'ClusterIP'");
    }

    [Fact]
    public void A_sound_topology_has_no_findings()
    {
        Resource[] resources =
        [
            new Deployment("web") { Labels = { ["app"] = "web" }, Container = new("nginx") { Ports = { new(8080, "http") } } },
            new NodePortService("web") { Selector = { ["app"] = "web" }, Ports = { new ServicePort(80, TargetPortName: "http", NodePort: 30007) } },
        ];

        Assert.Empty(TopologyChecks.Run([new TopologyManifests("Built", "shop", [], resources)]));
    }
}
