using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.LocalCluster;
using Xunit.Abstractions;

namespace InfraSdk.Deploy.Tests;

/// <summary>
/// deploy, then deploy --prune of a smaller topology, while 10% or 30% of write requests fail one way; afterwards the
/// cluster holds exactly the declared state and every object the topology does not own is untouched. Two seeds per
/// scenario in the normal suite, twenty with INFRASDK_LONG_FUZZ=1.
/// </summary>
public sealed class ApiFaultTests(ITestOutputHelper output)
{
    private const int Deployed = 6;
    private const int Kept = 4;

    [Theory]
    [InlineData(0.1, ApiFaultKind.InternalError, 100)]
    [InlineData(0.3, ApiFaultKind.InternalError, 200)]
    [InlineData(0.1, ApiFaultKind.TooManyRequests, 300)]
    [InlineData(0.3, ApiFaultKind.TooManyRequests, 400)]
    [InlineData(0.1, ApiFaultKind.DroppedConnection, 500)]
    [InlineData(0.3, ApiFaultKind.DroppedConnection, 600)]
    [InlineData(0.3, ApiFaultKind.All, 700)]
    public async Task Deploy_and_prune_converge_to_exactly_the_declared_state_while_writes_fail(double rate, ApiFaultKind kinds, int firstSeed)
    {
        var divergences = new List<string>();
        var seeds = FuzzRuns.Seeds(firstSeed, shortRun: 2, longRun: 20).ToList();
        var retries = 0;
        foreach (var seed in seeds)
        {
            await using var cluster = await TestCluster.StartAsync(new ApiFaults(rate, kinds, seed));
            using var client = cluster.Client();
            var foreign = await ForeignObjects.SeedAsync(client);

            var deployed = await cluster.RunAsync(FaultTopology.Create(Deployed), "deploy", "--probe-timeout", "1s");
            var pruned = await cluster.RunAsync(FaultTopology.Create(Kept), "deploy", "--prune", "--probe-timeout", "1s");

            Assert.True(deployed.ExitCode == 0, deployed.ToString());
            Assert.True(pruned.ExitCode == 0, pruned.ToString());
            retries += CountRetries(deployed) + CountRetries(pruned);
            divergences.AddRange((await DeclaredState.DivergencesAsync(client, Kept)).Concat(await foreign.DivergencesAsync(client)).Select(d => $"seed {seed}: {d}"));
        }

        output.WriteLine($"{rate:P0} {kinds}: {seeds.Count} seeds, {retries} retries, {divergences.Count} divergences");
        Assert.True(retries > 0, "no write failed: the faults were not injected");
        Assert.Empty(divergences);
    }

    private static int CountRetries(CliResult result) => result.Out.Split('\n').Count(line => line.StartsWith("Retrying", StringComparison.Ordinal));
}
