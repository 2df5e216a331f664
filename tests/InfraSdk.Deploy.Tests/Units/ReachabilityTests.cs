using InfraSdk.Deploy.Probing;

namespace InfraSdk.Deploy.Tests.Units;

/// <summary>Probing safety: bounded concurrency, bounded retries of a pair that did not answer, and one time bound for the sweep.</summary>
public sealed class ReachabilityTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private static readonly VerifySettings Settings = new(AddressType.InternalIP, ProbeMode.Tcp, 4, TimeSpan.FromSeconds(1));

    [Fact]
    public async Task No_more_probes_run_at_once_than_the_concurrency_allows()
    {
        var (running, most) = (0, 0);
        var gate = new Lock();
        Prober prober = async (target, _, ct) =>
        {
            lock (gate)
            {
                most = Math.Max(most, ++running);
            }

            await Task.Delay(5, ct);
            lock (gate)
            {
                running--;
            }

            return new ProbeResult(target, ProbeOutcome.Reachable, 1);
        };

        var results = await Reachability.ProbeAsync(Targets(40), Settings, prober, CancellationToken.None).WaitAsync(Guard);

        Assert.Equal(40, results.Count);
        Assert.InRange(most, 1, Settings.Concurrency);
    }

    [Fact]
    public async Task A_pair_that_fails_once_is_probed_again_and_reported_as_it_answers_then()
    {
        var calls = 0;
        Prober prober = (target, _, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
            ? new ProbeResult(target, ProbeOutcome.Refused, null, "connection refused")
            : new ProbeResult(target, ProbeOutcome.Reachable, 1));

        var result = Assert.Single(await Reachability.ProbeAsync(Targets(1), Settings, prober, CancellationToken.None).WaitAsync(Guard));

        Assert.Equal(ProbeOutcome.Reachable, result.Outcome);
        Assert.Equal(2, result.Attempts);
    }

    [Theory]
    [InlineData(nameof(ProbeOutcome.Refused), 3)]
    [InlineData(nameof(ProbeOutcome.Timeout), 3)]
    [InlineData(nameof(ProbeOutcome.NoReply), 3)]
    [InlineData(nameof(ProbeOutcome.Unhealthy), 3)]
    [InlineData(nameof(ProbeOutcome.Unresolvable), 1)]
    [InlineData(nameof(ProbeOutcome.NoLocalEndpoint), 1)]
    [InlineData(nameof(ProbeOutcome.NotProbed), 1)]
    public async Task A_pair_is_probed_at_most_the_attempts_allowed_and_only_when_another_try_can_differ(string name, int attempts)
    {
        var outcome = Enum.Parse<ProbeOutcome>(name);
        var calls = 0;
        Prober prober = (target, _, _) =>
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult(new ProbeResult(target, outcome, null));
        };

        var result = Assert.Single(await Reachability.ProbeAsync(Targets(1), Settings, prober, CancellationToken.None).WaitAsync(Guard));

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(attempts, result.Attempts);
        Assert.Equal(attempts, calls);
    }

    [Fact]
    public async Task Pairs_that_never_answer_are_timeouts_once_the_sweeps_time_bound_runs_out()
    {
        Prober silent = async (target, _, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new ProbeResult(target, ProbeOutcome.Reachable, 1);
        };
        var bounded = Settings with { TotalTimeout = TimeSpan.FromMilliseconds(200) };

        var results = await Reachability.ProbeAsync(Targets(20), bounded, silent, CancellationToken.None).WaitAsync(Guard);

        Assert.Equal(20, results.Count);
        Assert.All(results, result =>
        {
            Assert.Equal(ProbeOutcome.Timeout, result.Outcome);
            Assert.Equal("no answer before verify's time bound (0.2 s) ran out", result.Detail);
        });
    }

    [Fact]
    public async Task Cancelling_the_command_stops_the_sweep()
    {
        using var cancel = new CancellationTokenSource();
        Prober prober = async (target, _, ct) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            return new ProbeResult(target, ProbeOutcome.Reachable, 1);
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Reachability.ProbeAsync(Targets(5), Settings, prober, cancel.Token).WaitAsync(Guard));
    }

    private static ProbeTarget[] Targets(int count) =>
        Enumerable.Range(0, count).Select(i => new ProbeTarget($"node-{i % 3}", $"127.0.0.{(i % 3) + 1}", $"shop/svc-{i}", 30000 + i, "TCP", null, false)).ToArray();
}
