using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Hosting;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>
/// Runs the app host in memory: its own stdout, stderr and environment (HOME points at an empty folder, so no
/// ~/.kube/config of the machine is ever used), fast retries, and a bound on the whole run.
/// </summary>
internal static class Cli
{
    public static readonly RetryTiming FastRetries = new(TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(1), 10, TimeSpan.FromSeconds(5));

    private static readonly TimeSpan RunBound = TimeSpan.FromSeconds(90);

    public static async Task<CliResult> RunAsync(TopologyManifests[] topologies, string[] args, IReadOnlyDictionary<string, string>? environment = null, string? input = null, bool terminal = false)
    {
        var home = Directory.CreateTempSubdirectory("infrasdk-home-");
        try
        {
            var env = new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["HOME"] = home.FullName };
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var console = new AppConsole(stdout, stderr, new StringReader(input ?? ""), name => env.GetValueOrDefault(name), terminal, terminal, terminal);
            using var bound = new CancellationTokenSource(RunBound);
            var exitCode = await CommandLineApp.RunAsync(args, console, topologies, FastRetries, handleSignals: false, bound.Token);
            return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }

    public static Task<CliResult> RunAsync(TopologyManifests topology, params string[] args) => RunAsync([topology], args);
}
