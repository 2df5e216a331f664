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
            .Select(i => new RuleFinding("IS0002", RuleSeverity.Error, $"nodePort {30000 + i} is declared twice", $"Service shop/web-{i}"));
        var kubeconfig = UnreachableCluster.WriteKubeconfig();
        try
        {
            foreach (var command in new[] { "plan", "deploy" })
            {
                var result = await Cli.RunAsync([ShopLike.Create()], [command, "--kubeconfig", kubeconfig], rules: rules);

                Assert.Equal(2, result.ExitCode);
                var findings = result.Out.Split('\n').Where(line => line.StartsWith("IS0002: ", StringComparison.Ordinal)).ToList();
                Assert.Equal(20, findings.Count);
                Assert.Equal("IS0002: Service shop/web-0: nodePort 30000 is declared twice", findings[0]);
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
    public async Task Rule_warnings_are_shown_and_the_command_goes_on()
    {
        TopologyRules rules = topologies => [new RuleFinding("IS0011", RuleSeverity.Warning, "nodePort 31500 is in the dynamic band", $"Service shop/my-nodeport-service ({topologies.Count} topology)")];

        var result = await Cli.RunAsync([ShopLike.Create()], ["plan", "--local"], rules: rules);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("IS0011: Service shop/my-nodeport-service (1 topology): nodePort 31500 is in the dynamic band", result.Out);
    }
}
