using InfraSdk.Deploy.Tests.Infrastructure;
using k8s;

namespace InfraSdk.Deploy.Tests;

/// <summary>Secret values come from the environment or files when a command runs, and never show in any output.</summary>
public sealed class SecretSourcesTests
{
    private const string Password = "pa55-w0rd-from-the-environment";

    private static TopologyManifests WithDatabaseSecret() =>
        ShopLike.Create().With(ExtraObjects.SourcedSecret("db", new Dictionary<string, string> { ["password"] = "env:SHOP_DB_PASSWORD" }));

    [Fact]
    public async Task Manifests_write_a_secret_without_values_unless_asked_to_include_them()
    {
        var environment = new Dictionary<string, string> { ["SHOP_DB_PASSWORD"] = Password };

        var plain = await Cli.RunAsync([WithDatabaseSecret()], ["manifests", "-o", "-"], environment);
        var included = await Cli.RunAsync([WithDatabaseSecret()], ["manifests", "-o", "-", "--include-secrets"], environment);

        Assert.Equal(0, plain.ExitCode);
        Assert.DoesNotContain(Password, plain.ToString());
        Assert.DoesNotContain("stringData", plain.Out);
        Assert.True(included.ExitCode == 0, included.ToString());
        var secret = KubernetesYaml.LoadAllFromString(included.Out).OfType<k8s.Models.V1Secret>().Single();
        Assert.Equal(Password, secret.StringData["password"]);
        Assert.DoesNotContain(Password, included.Error);
    }

    [Fact]
    public async Task An_unset_source_against_a_real_cluster_stops_plan_and_deploy_before_any_request()
    {
        var kubeconfig = UnreachableCluster.WriteKubeconfig();
        try
        {
            foreach (var command in new[] { "plan", "deploy" })
            {
                var result = await Cli.RunAsync([WithDatabaseSecret()], [command, "--kubeconfig", kubeconfig, "--output", "json"]);

                Assert.Equal(2, result.ExitCode);
                Assert.Equal(
                    "error: Secret shop/db key password needs environment variable SHOP_DB_PASSWORD, which is not set; set it, or run with --local to use a generated value.",
                    result.Error.Trim().Split('\n').Last());
                Assert.DoesNotContain("could not be reached", result.Error);
                Assert.StartsWith("Secret shop/db key password needs", JsonReport.Parse(result).Text("error"));
            }
        }
        finally
        {
            File.Delete(kubeconfig);
        }
    }

    [Fact]
    public async Task Manifests_include_secrets_refuses_an_unset_source()
    {
        var result = await Cli.RunAsync([WithDatabaseSecret()], ["manifests", "-o", "-", "--include-secrets"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs environment variable SHOP_DB_PASSWORD, which is not set", result.Error);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_sourced_secret_is_deployed_with_its_value_which_no_output_shows()
    {
        await using var cluster = await TestCluster.StartAsync();
        var file = Path.GetTempFileName();
        const string ApiKey = "api-key-from-a-file-0123456789";
        await File.WriteAllTextAsync(file, ApiKey);
        var topology = ShopLike.Create().With(ExtraObjects.SourcedSecret("db", new Dictionary<string, string> { ["password"] = "env:SHOP_DB_PASSWORD", ["api-key"] = "file:" + file }));
        string[] target = ["--kubeconfig", cluster.Kubeconfig];
        var first = new Dictionary<string, string> { ["SHOP_DB_PASSWORD"] = Password };
        var second = new Dictionary<string, string> { ["SHOP_DB_PASSWORD"] = Password + "-rotated" };

        var runs = new[]
        {
            await Cli.RunAsync([topology], ["deploy", "--probe-timeout", "1s", .. target], first),
            await Cli.RunAsync([topology], ["plan", "--output", "json", .. target], first),
            await Cli.RunAsync([topology], ["plan", .. target], second),
            await Cli.RunAsync([topology], ["plan", "--output", "json", .. target], second),
            await Cli.RunAsync([topology], ["deploy", "--output", "json", "--probe-timeout", "1s", .. target], second),
        };
        File.Delete(file);

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.ToString()));
        using var client = cluster.Client();
        var secret = await client.CoreV1.ReadNamespacedSecretAsync("db", ShopLike.Namespace);
        Assert.Equal(Password + "-rotated", System.Text.Encoding.UTF8.GetString(secret.Data["password"]));
        Assert.Equal(ApiKey, System.Text.Encoding.UTF8.GetString(secret.Data["api-key"]));
        Assert.Contains("data.password: (changed)", runs[2].Out);
        var encoded = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Password));
        Assert.All(runs, run =>
        {
            Assert.DoesNotContain(Password, run.ToString());
            Assert.DoesNotContain(ApiKey, run.ToString());
            Assert.DoesNotContain(encoded, run.ToString());
        });
    }

    [Fact]
    public async Task Deploy_local_generates_an_unset_source_and_says_so_once_per_secret()
    {
        var keys = Enumerable.Range(0, 500).ToDictionary(i => $"key-{i}", i => $"env:UNSET_{i}");
        var topology = ShopLike.Create().With(ExtraObjects.SourcedSecret("generated", keys));

        var result = await Cli.RunAsync([topology], ["deploy", "--local", "--probe-timeout", "1s"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var note = Assert.Single(result.Out.Split('\n'), line => line.Contains("generated random values"));
        Assert.StartsWith("Secret shop/generated: generated random values for key-0, key-1, key-2 and 497 more because environment variable UNSET_0", note);
        Assert.EndsWith("are not set (--local only).", note.TrimEnd());
    }
}
