using System.Text;
using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests.BadInput;

/// <summary>
/// Each wrong kubeconfig, cluster or Secret source gives one sentence and its documented exit code, with no retries,
/// no stack trace and no credential or Secret value in anything printed, in text and in JSON.
/// </summary>
public sealed class BadInputTests(BadKubeconfigs kubeconfigs) : IClassFixture<BadKubeconfigs>
{
    private const string Password = "pa55-w0rd-that-must-never-show";

    /// <summary>Bytes between two cuts of the truncation sweep: about 70 cuts of a 6 KB kubeconfig.</summary>
    private const int TruncationStep = 89;

    private static readonly string[] AllCommands = ["plan", "deploy", "verify", "destroy", "ports"];

    /// <summary>Case, file, extra arguments, whether the Secret's variable is set, exit code, words the sentence holds, and the commands it applies to.</summary>
    private static readonly (string Case, string File, string[] Args, bool SecretSet, int ExitCode, string Says, string[] Commands)[] Cases =
    [
        ("missing kubeconfig", "missing", [], true, 2, "no-such-kubeconfig does not exist.", AllCommands),
        ("empty kubeconfig", "empty", [], true, 2, "empty.yaml) is empty.", AllCommands),
        ("malformed kubeconfig", "malformed", [], true, 2, "cannot be used: it is not valid YAML (line", AllCommands),
        ("truncated kubeconfig", "truncated", [], true, 2, "cannot be used: it is incomplete: an entry under clusters, users or contexts lacks its name", AllCommands),
        ("bad base64 in the kubeconfig", "bad-base64", [], true, 2, "cannot be used: a base64 value in it", ["plan", "deploy", "verify"]),
        ("damaged client key", "damaged-key", [], true, 2, "cannot be used: a certificate or key in it cannot be read.", ["plan", "deploy", "verify"]),
        ("missing CA file", "missing-ca-file", [], true, 2, "cannot be used: a file it names does not exist: /", ["plan", "deploy", "verify"]),
        ("CA file that is a folder", "ca-file-is-a-folder", [], true, 2, "cannot be used: a file cannot be read: Access to the path", ["plan", "deploy", "verify"]),
        ("exec plugin that prints no credential", "silent-exec-plugin", [], true, 2, "cannot be used: external exec failed due to failed deserialization process: The input does not contain any JSON tokens.", ["plan", "deploy", "verify"]),
        ("unknown context", "good", ["--context", "production"], true, 2, "The kubeconfig has no context named \"production\".", AllCommands),
        ("refused connection", "refused", [], true, 5, "refused the connection: nothing listens on that address and port.", AllCommands),
        ("blackholed server", "blackhole", [], true, 5, "did not complete a connection (TCP and TLS) within 2 s", ["plan", "deploy", "verify"]),
        ("wrong CA", "wrong-ca", [], true, 5, "presented a certificate that the kubeconfig's certificate authority does not trust", AllCommands),
        ("wrong token", "wrong-token", [], true, 5, "did not accept the kubeconfig's credentials (401 Unauthorized)", AllCommands),
        ("expired token", "expired-token", [], true, 5, "did not accept the kubeconfig's credentials (401 Unauthorized)", AllCommands),
        ("namespace the token may not write", "forbidden-namespace", [], true, 5, "does not let user \"ci-bot\" write in namespace \"shop\" (403 Forbidden: it may not patch namespaces \"shop\").", ["deploy"]),
        ("missing Secret source", "good", [], false, 2, "Secret shop/db key password needs environment variable SHOP_DB_PASSWORD", ["plan", "deploy"]),
    ];

    public static TheoryData<string, string> CaseAndCommand()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, _, _, _, _, _, commands) in Cases)
        {
            foreach (var command in commands)
            {
                data.Add(name, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseAndCommand))]
    public async Task One_sentence_a_documented_exit_code_and_no_secret(string name, string command)
    {
        var (_, file, extra, secretSet, exitCode, says, _) = Cases.Single(c => c.Case == name);
        string[] args = [command, "--kubeconfig", kubeconfigs.Files[file], .. extra, .. command == "destroy" ? ["--yes"] : Array.Empty<string>()];
        var environment = secretSet ? new Dictionary<string, string> { ["SHOP_DB_PASSWORD"] = Password } : [];

        var text = await Cli.RunAsync([Topology()], args, environment);
        var json = await Cli.RunAsync([Topology()], [.. args, "--output", "json"], environment);

        Assert.True(text.ExitCode == exitCode, text.ToString());
        Assert.True(json.ExitCode == exitCode, json.ToString());
        var error = Assert.Single(Lines(text.Error));
        Assert.StartsWith("error: ", error);
        Assert.True(error.Contains(says, StringComparison.Ordinal), error);
        Assert.EndsWith(".", error);
        Assert.Equal(error, "error: " + JsonReport.Parse(json).Text("error"));
        foreach (var printed in new[] { text.ToString(), json.ToString() })
        {
            Assert.DoesNotContain("Retrying", printed);
            Assert.DoesNotContain("   at ", printed);
            Assert.DoesNotContain("Exception", printed);
            AssertNoSecret(printed);
        }
    }

    [Fact]
    public async Task Every_truncation_of_a_kubeconfig_is_one_sentence_and_exit_2_or_5()
    {
        var good = await File.ReadAllTextAsync(kubeconfigs.Good);
        var truncated = Path.Combine(Path.GetTempPath(), $"infrasdk-truncated-{Guid.NewGuid():N}.yaml");
        var environment = new Dictionary<string, string> { ["SHOP_DB_PASSWORD"] = Password };
        try
        {
            for (var length = 0; length < good.Length; length += TruncationStep)
            {
                await File.WriteAllTextAsync(truncated, good[..length]);

                var result = await Cli.RunAsync([Topology()], ["plan", "--kubeconfig", truncated], environment);

                Assert.True(result.ExitCode is 2 or 5, $"cut at {length}: {result}");
                Assert.StartsWith("error: The ", Assert.Single(Lines(result.Error)));
                Assert.DoesNotContain("   at ", result.ToString());
                AssertNoSecret(result.ToString());
            }
        }
        finally
        {
            File.Delete(truncated);
        }
    }

    /// <summary>The token, the client key (base64 and any line of its PEM) and the Secret's value, in any of the forms a leak could take.</summary>
    private void AssertNoSecret(string printed)
    {
        var keyPem = Encoding.ASCII.GetString(Convert.FromBase64String(kubeconfigs.ClientKeyData));
        var keyLines = Lines(keyPem).Where(line => !line.StartsWith("-----", StringComparison.Ordinal));
        foreach (var secret in keyLines.Concat([kubeconfigs.Token, .. kubeconfigs.IssuedTokens, kubeconfigs.ClientKeyData, Password, Convert.ToBase64String(Encoding.UTF8.GetBytes(Password))]))
        {
            Assert.DoesNotContain(secret, printed);
        }
    }

    private static TopologyManifests Topology() =>
        ShopLike.Create().With(ExtraObjects.SourcedSecret("db", new Dictionary<string, string> { ["password"] = "env:SHOP_DB_PASSWORD" }));

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
