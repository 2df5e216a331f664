using System.Diagnostics;
using System.Text.RegularExpressions;
using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Hosting;
using InfraSdk.LocalCluster;

namespace InfraSdk.RunnerBench;

/// <summary>Runs an app-host command in this process, as `dotnet run -- ARGS` of a topology project would.</summary>
internal static class InProcess
{
    public sealed record Run(int ExitCode, TimeSpan Total, TimeSpan? Cue, string Out, string Error);

    public static async Task<Run> RunAsync(TopologyManifests topology, string[] args, string cue = "^$")
    {
        var clock = Stopwatch.StartNew();
        var stdout = new TimingWriter(clock, new Regex(cue));
        var stderr = new TimingWriter(clock, new Regex(cue));
        var console = new AppConsole(stdout, stderr, new StringReader(""), Environment.GetEnvironmentVariable, false, false, false);
        var exit = await CommandLineApp.RunAsync(args, console, [topology], new LocalClusterSupport(), RetryTiming.Default, handleSignals: false, CancellationToken.None);
        return new Run(exit, clock.Elapsed, stdout.CueAt ?? stderr.CueAt, stdout.ToString(), stderr.ToString());
    }
}
