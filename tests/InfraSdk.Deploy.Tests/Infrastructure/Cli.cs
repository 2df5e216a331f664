using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Rules;
using InfraSdk.LocalCluster;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>
/// Runs the app host in memory, with the embedded cluster (InfraSdk.LocalCluster) for --local: its own stdout, stderr and environment (HOME points at an empty folder, so no
/// ~/.kube/config of the machine is ever used), fast retries, and a bound on the whole run.
/// </summary>
internal static class Cli
{
    public static readonly RetryTiming FastRetries = new(TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(1), 10, TimeSpan.FromSeconds(5))
    {
        ConnectTimeout = TimeSpan.FromSeconds(2),
    };

    private static readonly TimeSpan RunBound = TimeSpan.FromSeconds(90);

    public static Task<CliResult> RunAsync(
        TopologyManifests[] topologies, string[] args, IReadOnlyDictionary<string, string>? environment = null, string? input = null, bool terminal = false, TopologyRules? rules = null) =>
        RunAsync(topologies, args, environment, input, terminal, whileRunning: null, rules);

    /// <summary>
    /// Runs a command and, once its stdout shows <paramref name="whileRunning"/>'s cue, runs that check and cancels the
    /// command as Ctrl+C would.
    /// </summary>
    public static async Task<CliResult> RunAsync(
        TopologyManifests[] topologies, string[] args, IReadOnlyDictionary<string, string>? environment, string? input, bool terminal,
        (string Cue, Func<string, Task> Check)? whileRunning, TopologyRules? rules = null)
    {
        var home = Directory.CreateTempSubdirectory("infrasdk-home-");
        try
        {
            var env = new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["HOME"] = home.FullName };
            var stdout = new SharedStringWriter();
            var stderr = new SharedStringWriter();
            var console = new AppConsole(stdout, stderr, new StringReader(input ?? ""), name => env.GetValueOrDefault(name), terminal, terminal, terminal);
            using var bound = new CancellationTokenSource(RunBound);
            var run = CommandLineApp.RunAsync(args, console, topologies, new LocalClusterSupport(), FastRetries, handleSignals: false, bound.Token, rules);
            if (whileRunning is var (cue, check))
            {
                while (!run.IsCompleted && !stdout.ToString().Contains(cue, StringComparison.Ordinal))
                {
                    await Task.Delay(50, bound.Token);
                }

                if (run.IsCompleted)
                {
                    Assert.Fail($"the command ended before showing \"{cue}\": {new CliResult(await run, stdout.ToString(), stderr.ToString())}");
                }

                try
                {
                    await check(stdout.ToString());
                }
                finally
                {
                    await bound.CancelAsync();
                    await run;
                }
            }

            var exitCode = await run;
            return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }

    public static Task<CliResult> RunAsync(TopologyManifests topology, params string[] args) => RunAsync([topology], args);
}
