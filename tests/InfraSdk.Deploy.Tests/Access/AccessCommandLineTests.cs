using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests.Access;

/// <summary>access's help names every option, and a bad value is one sentence and exit 2, before any cluster is contacted.</summary>
public sealed class AccessCommandLineTests
{
    [Fact]
    public async Task Help_describes_every_option()
    {
        var result = await Cli.RunAsync(ShopLike.Create(), "access", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "-o, --dir", "--allow-from", "--zone", "--zone-ns", "--address-type", "--only-reachable", "--listen", "--check-interval", "--watch", "--on-change", "--interval", "--kubeconfig", "--context", "--local", "--output" })
        {
            Assert.Contains(option, result.Out);
        }

        Assert.Contains("access", (await Cli.RunAsync(ShopLike.Create(), "--help")).Out);
    }

    [Theory]
    [InlineData("--allow-from must be a CIDR range such as 10.0.0.0/8, or one address; \"10.0.0.300/8\" is not.", "--allow-from", "10.0.0.300/8")]
    [InlineData("--allow-from must be a CIDR range such as 10.0.0.0/8, or one address; \"10.1.2.3/8\" is not.", "--allow-from", "10.1.2.3/8")]
    [InlineData("--zone must be a DNS name such as example.com; \"bad_zone\" is not.", "--zone", "bad_zone")]
    [InlineData("--listen must be an IP address such as 0.0.0.0 or 192.0.2.10; \"lb.example.com\" is not.", "--listen", "lb.example.com")]
    [InlineData("--interval must be between 1s and 1h.", "--watch", "--interval", "100ms")]
    [InlineData("Option '--dir' is required.")]
    public async Task A_bad_value_is_one_sentence_and_exit_2(string sentence, params string[] args)
    {
        var dir = args.Length == 0 ? Array.Empty<string>() : ["-o", Path.Combine(Path.GetTempPath(), "infrasdk-access-never-written")];
        var result = await Cli.RunAsync(ShopLike.Create(), ["access", .. dir, .. args, "--kubeconfig", "/nonexistent/kubeconfig"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(sentence, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(Directory.Exists(Path.Combine(Path.GetTempPath(), "infrasdk-access-never-written")));
    }
}
