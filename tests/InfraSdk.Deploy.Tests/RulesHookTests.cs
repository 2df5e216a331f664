using InfraSdk.Deploy.Rules;
using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

/// <summary>The rules seam: findings are checked before plan or deploy sends anything; errors stop the command.</summary>
public sealed class RulesHookTests
{
    [Fact]
    public async Task Rule_errors_stop_plan_and_deploy_before_any_request_showing_twenty_lines_at_most()
    {
        TopologyRules rules = topologies => Enumerable.Range(0, 25)
            .Select(i => new TopologyFinding("IS0002", "Error", $"nodePort {30000 + i} is declared twice", $"shop/web-{i}"));
        var kubeconfig = UnreachableCluster.WriteKubeconfig();
        try
        {
            foreach (var command in new[] { "plan", "deploy" })
            {
                var result = await Cli.RunAsync([ShopLike.Create()], [command, "--kubeconfig", kubeconfig], rules: rules);

                Assert.Equal(2, result.ExitCode);
                var findings = result.Out.Split('\n').Where(line => line.StartsWith("IS0002: ", StringComparison.Ordinal)).ToList();
                Assert.Equal(20, findings.Count);
                Assert.Equal("IS0002: nodePort 30000 is declared twice", findings[0]);
                Assert.Contains("and 5 more", result.Out);
                Assert.Equal("error: The topology breaks 25 rules (IS0002); nothing was sent to the cluster.", result.Error.Trim());
            }
        }
        finally
        {
            File.Delete(kubeconfig);
        }
    }

    [Fact]
    public async Task Services_built_by_a_helper_in_a_loop_pinning_one_nodePort_twice_are_refused_with_the_analyzers_rule_id()
    {
        var services = Enumerable.Range(0, 3).Select(i => Service("web-" + i, i == 2 ? 30100 : 30100 + i)).ToList<Resource>();
        var manifests = new TopologyManifests("LoopTopology", "loops", services.Select(s => Manifest.From(s, "LoopTopology", "loops")).ToList(), services);
        var kubeconfig = UnreachableCluster.WriteKubeconfig();
        try
        {
            var result = await Cli.RunAsync([manifests], ["plan", "--kubeconfig", kubeconfig]);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("IS0002: nodePort 30100 is already claimed by Service loops/web-2", result.Out);
            Assert.Contains("IS0002: nodePort 30100 is already claimed by Service loops/web-0", result.Out);
            Assert.Equal("error: The topology breaks 2 rules (IS0002); nothing was sent to the cluster.", result.Error.Trim());
        }
        finally
        {
            File.Delete(kubeconfig);
        }

        static NodePortService Service(string name, int nodePort) => new(name) { Ports = { new ServicePort(80, NodePort: nodePort) } };
    }

    [Fact]
    public async Task Rule_warnings_are_shown_and_the_command_goes_on()
    {
        TopologyRules rules = topologies => [new TopologyFinding("IS0011", "Warning", $"nodePort 31500 of Service shop/my-nodeport-service ({topologies.Count} topology) is in the dynamic band", "shop/my-nodeport-service")];

        var result = await Cli.RunAsync([ShopLike.Create()], ["plan", "--local"], rules: rules);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("IS0011: nodePort 31500 of Service shop/my-nodeport-service (1 topology) is in the dynamic band", result.Out);
    }
}
