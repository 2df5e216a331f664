using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

public sealed class HelpTests
{
    [Theory]
    [InlineData("manifests", "--output")]
    [InlineData("plan", "--force-conflicts")]
    [InlineData("deploy", "--prune")]
    [InlineData("deploy", "--recreate")]
    [InlineData("manifests", "--include-secrets")]
    [InlineData("plan", "replace")]
    [InlineData("verify", "--address-type")]
    [InlineData("destroy", "--yes")]
    [InlineData("ports", "--node-port-range")]
    [InlineData("cluster", "start")]
    public async Task Every_command_has_help(string command, string mentioned)
    {
        var result = await Cli.RunAsync(ShopLike.Create(), command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(mentioned, result.Out);
    }

    [Fact]
    public async Task Root_help_lists_the_commands()
    {
        var result = await Cli.RunAsync(ShopLike.Create(), "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "manifests", "plan", "deploy", "verify", "destroy", "ports", "cluster" })
        {
            Assert.Contains(command, result.Out);
        }
    }

    [Fact]
    public async Task A_bad_value_is_a_usage_error_without_a_stack_trace()
    {
        var result = await Cli.RunAsync(ShopLike.Create(), "deploy", "--local", "--timeout", "soon");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("\"soon\" is not a duration", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData("cluster start --help", "cluster", "start", "--nodes", "0")]
    [InlineData("manifests --help", "manifests")]
    public async Task A_usage_error_points_at_the_help_of_the_whole_command_path(string help, params string[] args)
    {
        var result = await Cli.RunAsync(ShopLike.Create(), args);

        Assert.Equal(2, result.ExitCode);
        Assert.EndsWith($"Run '{help}' for usage.", result.Error.TrimEnd());
    }
}
