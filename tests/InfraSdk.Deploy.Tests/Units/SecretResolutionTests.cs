using System.Text;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Planning;
using InfraSdk.Deploy.Secrets;
using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.Deploy.Topology;
using k8s.Models;

namespace InfraSdk.Deploy.Tests.Units;

public sealed class SecretResolutionTests
{
    [Fact]
    public void Sources_fill_string_data_from_the_environment_and_files_relative_to_the_current_directory()
    {
        var folder = Directory.CreateTempSubdirectory("infrasdk-secrets-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "certs"));
            File.WriteAllText(Path.Combine(folder.FullName, "certs", "tls.key"), "-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\n-----END KEY-----\n");
            var topology = Topology(new Dictionary<string, string> { ["password"] = "env:DB_PASSWORD", ["tls.key"] = "file:certs/tls.key" });
            var redactor = new SecretRedactor();

            var notes = SecretResolution.Apply(topology, new SecretValues(name => name == "DB_PASSWORD" ? "correct-horse" : null, folder.FullName), redactor, generateMissing: false);

            Assert.Empty(notes);
            var secret = topology.Objects.Single(o => o.Secret is not null).Secret!;
            Assert.Equal("correct-horse", secret.StringData["password"]);
            Assert.Equal("-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\n-----END KEY-----\n", secret.StringData["tls.key"]);
            Assert.Equal("[redacted] [redacted]", redactor.Redact($"correct-horse {Convert.ToBase64String(Encoding.UTF8.GetBytes("correct-horse"))}"));
            Assert.Equal("line: [redacted]", redactor.Redact("line: MIIEvQIBADANBgkqhkiG9w0B"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Several_unset_sources_are_one_sentence_naming_a_few()
    {
        var topology = Topology(Enumerable.Range(0, 50).ToDictionary(i => $"k{i}", i => $"env:MISSING_{i}"));

        var error = Assert.Throws<CommandException>(() => SecretResolution.Apply(topology, new SecretValues(_ => null, "/"), new SecretRedactor(), generateMissing: false));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.StartsWith("50 Secret sources are not set (environment variable MISSING_0 for Secret shop/db key k0, ", error.Message);
        Assert.EndsWith(" and 47 more); set them, or run with --local to use generated values.", error.Message);
    }

    [Fact]
    public void A_malformed_sources_annotation_is_a_usage_error()
    {
        var topology = Topology(new Dictionary<string, string> { ["password"] = "vault:db" });

        var error = Assert.Throws<CommandException>(() => SecretResolution.Apply(topology, new SecretValues(_ => null, "/"), new SecretRedactor(), generateMissing: true));

        Assert.Equal("The infrasdk.io/secret-sources annotation of Secret shop/db must be a JSON object of key -> \"env:NAME\" or \"file:PATH\".", error.Message);
    }

    [Fact]
    public void A_plan_diff_of_a_secret_never_shows_its_values()
    {
        var before = new V1Secret { Metadata = new V1ObjectMeta { Name = "db" }, Data = new Dictionary<string, byte[]> { ["password"] = "old-value-1"u8.ToArray() } };
        var after = new V1Secret { Metadata = new V1ObjectMeta { Name = "db" }, Data = new Dictionary<string, byte[]> { ["password"] = "new-value-2"u8.ToArray() } };

        var change = Assert.Single(FieldDiff.Compare(before, after));

        Assert.Equal("data.password: (changed)", change.ToString());
    }

    private static DesiredTopology Topology(IReadOnlyDictionary<string, string> sources) =>
        DesiredTopology.From([ShopLike.Create().With(ExtraObjects.SourcedSecret("db", sources))]);
}
