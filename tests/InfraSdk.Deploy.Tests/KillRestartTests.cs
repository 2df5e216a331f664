using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.LocalCluster;
using k8s;
using Xunit.Abstractions;

namespace InfraSdk.Deploy.Tests;

/// <summary>
/// deploy, then deploy --prune of a smaller topology, each as a real process killed with SIGKILL as soon as k more
/// of its writes have landed, and started again until a run ends by itself; meanwhile 10% of writes fail with 500 or
/// a dropped connection. Afterwards the cluster holds exactly the declared state and the foreign objects are untouched.
/// </summary>
public sealed class KillRestartTests(ITestOutputHelper output)
{
    private const int Deployed = 8;
    private const int Kept = 5;
    private const int MostRestarts = 60;
    private static readonly TimeSpan RunBound = TimeSpan.FromSeconds(120);

    public static TheoryData<int, int> Scenarios()
    {
        var data = new TheoryData<int, int>();
        foreach (var k in FuzzRuns.Long ? [1, 2, 3, 5, 8] : new[] { 4 })
        {
            foreach (var seed in FuzzRuns.Seeds(1000 * k, shortRun: 1, longRun: 3))
            {
                data.Add(k, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Deploy_killed_after_every_kth_write_and_started_again_converges(int k, int seed)
    {
        await using var cluster = await TestCluster.StartAsync(new ApiFaults(0.1, ApiFaultKind.InternalError | ApiFaultKind.DroppedConnection, seed));
        using var client = cluster.Client();
        var foreign = await ForeignObjects.SeedAsync(client);

        var kills = await RunUntilDoneAsync(client, k, Deployed, cluster.Kubeconfig);
        kills += await RunUntilDoneAsync(client, k, Kept, cluster.Kubeconfig, "--prune");

        output.WriteLine($"k={k} seed={seed}: {kills} kills");
        Assert.True(kills > 0, "no run was killed: the writes landed faster than they were watched");
        Assert.Empty((await DeclaredState.DivergencesAsync(client, Kept)).Concat(await foreign.DivergencesAsync(client)));
    }

    /// <summary>Starts deploy, kills it once k more writes have landed, and again, until a run ends by itself (exit 0); returns the kills.</summary>
    private static async Task<int> RunUntilDoneAsync(IKubernetes client, int k, int services, string kubeconfig, params string[] extra)
    {
        for (var kills = 0; kills <= MostRestarts; kills++)
        {
            var before = await OwnedVersions.ReadAsync(client);
            await using var app = AppProcess.Start(services, ["deploy", "--kubeconfig", kubeconfig, "--probe-timeout", "1s", .. extra]);
            using var bound = new CancellationTokenSource(RunBound);
            while (!app.HasExited && OwnedVersions.Changes(before, await OwnedVersions.ReadAsync(client)) < k)
            {
                await Task.Delay(20, bound.Token);
            }

            if (app.HasExited)
            {
                var result = await app.WaitAsync(RunBound);
                Assert.True(result.ExitCode == 0, $"after {kills} kills: {result}");
                return kills;
            }

            await app.SignalAsync("KILL");
            Assert.Equal(137, (await app.WaitAsync(RunBound)).ExitCode);
        }

        Assert.Fail($"deploy did not finish within {MostRestarts} restarts");
        return MostRestarts;
    }
}
