using System.Diagnostics;
using InfraSdk.LocalCluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace InfraSdk.LocalCluster.Tests.Durability;

/// <summary>
/// kill -9 during a stream of concurrent writes, then a restart on the same state folder (issue 10, item 4): every
/// acknowledged write is there, no nodePort is allocated twice, and the allocator agrees with the stored Services.
/// Each round kills the cluster after a different number of acknowledged writes, and carries the earlier rounds'
/// objects along; the figures go to docs/RELIABILITY.md.
/// </summary>
public sealed class KillRestartTests(ITestOutputHelper output) : IDisposable
{
    private const int Writers = 8;
    private const int ProbesPerRound = 5;
    private readonly string _folder = Directory.CreateTempSubdirectory("infrasdk-kill-").FullName;

    [Fact]
    public Task Acknowledged_writes_survive_kill_9_and_the_allocator_agrees_with_the_stored_services() =>
        RunAsync(rounds: 3, writesPerRound: 240, seed: 10_004);

    [LongFuzzFact]
    public Task Acknowledged_writes_survive_kill_9_over_many_rounds() =>
        RunAsync(rounds: 30, writesPerRound: 600, seed: Environment.TickCount);

    private async Task RunAsync(int rounds, int writesPerRound, int seed)
    {
        var random = new Random(seed);
        var ledger = new WriteLedger(seed);
        var state = Path.Combine(_folder, "state");
        var kubeconfig = Path.Combine(_folder, "kubeconfig");
        var violations = new List<string>();
        var killedInFlight = 0;
        for (var round = 0; round < rounds; round++)
        {
            using var cluster = await ClusterProcess.StartAsync(state, kubeconfig);
            using var api = new RawApi(cluster.Kubeconfig);
            violations.AddRange((await DurabilityAudit.RunAsync(api, ledger, $"probe{round}", ProbesPerRound)).Select(violation => $"round {round}: {violation}"));

            // Kill after a number of acknowledged writes that differs from round to round, while the writers stream on.
            var killAfter = ledger.Acknowledged + random.Next(writesPerRound / 8, writesPerRound * 3 / 4);
            var stream = new WriteStream(api, ledger, $"r{round}", writesPerRound, seed + round * Writers);
            var writing = stream.RunAsync(Writers);
            var clock = Stopwatch.StartNew();
            while (ledger.Acknowledged < killAfter && !writing.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(1);
            }

            var unansweredBefore = ledger.Unanswered;
            cluster.Kill();
            await writing;
            killedInFlight += ledger.Unanswered - unansweredBefore;
            output.WriteLine($"round {round}: killed after {ledger.Acknowledged} acknowledged writes in all, {stream.Sent} sent this round");
        }

        using (var last = await ClusterProcess.StartAsync(state, kubeconfig))
        using (var api = new RawApi(last.Kubeconfig))
        {
            violations.AddRange((await DurabilityAudit.RunAsync(api, ledger, "final", ProbesPerRound)).Select(violation => $"final: {violation}"));
        }

        output.WriteLine($"seed {seed}: {rounds} kill -9 rounds, {ledger.Acknowledged} writes acknowledged, {ledger.Refused} refused, {ledger.Unanswered} unanswered ({killedInFlight} cut by the kills), {ledger.ServerErrors} server errors, {violations.Count} violations");
        Assert.Empty(violations);
        Assert.Equal(0, ledger.ServerErrors);
        Assert.True(killedInFlight > 0, "No kill landed while writes were in flight.");
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
