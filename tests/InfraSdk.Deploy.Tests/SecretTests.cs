using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

public sealed class SecretTests
{
    [Fact]
    public async Task The_kubeconfig_token_never_appears_in_any_output()
    {
        await using var cluster = await TestCluster.StartAsync();
        var token = cluster.Cluster.Kubeconfig.Users.Single().UserCredentials.Token;
        Assert.False(string.IsNullOrEmpty(token));

        var runs = new[]
        {
            await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s"),
            await cluster.RunAsync(ShopLike.Create(), "plan", "--output", "json"),
            await cluster.RunAsync(ShopLike.Create(), "ports"),
            await cluster.RunAsync(ShopLike.Create(), "verify", "--context", "missing"),
        };

        Assert.Equal([0, 0, 0, 2], runs.Select(r => r.ExitCode));
        Assert.All(runs, run => Assert.DoesNotContain(token, run.ToString()));
    }

    [Fact]
    public void The_redacting_writer_masks_a_secret_even_when_it_is_written_in_pieces()
    {
        var redactor = new SecretRedactor();
        redactor.Add("s3cr3t-token-value");
        var inner = new StringWriter();
        using var writer = new RedactingWriter(inner, redactor);

        writer.Write("Authorization: Bearer s3cr3t-");
        writer.Write("token-value");
        writer.WriteLine(" sent");
        writer.Write("tail s3cr3t-token-value");
        writer.Flush();

        Assert.Equal($"Authorization: Bearer [redacted] sent{Environment.NewLine}tail [redacted]", inner.ToString());
    }
}
