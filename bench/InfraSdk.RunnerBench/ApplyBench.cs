using System.Diagnostics;
using System.Globalization;
using InfraSdk.LocalCluster;

namespace InfraSdk.RunnerBench;

/// <summary>
/// `deploy` against a fresh embedded cluster (started in this process, as the tests do) at several --parallel values,
/// and beside it `kubectl apply --server-side` of the same manifests (written by `manifests -o DIR`) against another
/// fresh one. The deploy figure is the time until its apply summary ("N create") is printed; the wait and verify that
/// follow are not part of the comparison (Deployments have 0 replicas, see <see cref="Topologies"/>).
/// </summary>
internal static class ApplyBench
{
    private const string AppliedCue = @"^\d+ create";

    /// <summary>The last line the `app` command writes to standard error: its process's CPU seconds.</summary>
    public const string CpuCue = "process CPU seconds: ";

    /// <summary>Run deploy as its own process (this dll's `app` command), as kubectl is, instead of in this process.</summary>
    public static bool OwnProcess { get; set; }

    /// <summary>With <see cref="OwnProcess"/>, environment variables for the deploy process only (e.g. runtime knobs), not for the cluster.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ProcessEnvironment { get; set; } = [];

    /// <summary>With <see cref="OwnProcess"/>, the CPU time of the last deploy process, wait and verify included.</summary>
    public static TimeSpan? LastProcessCpu { get; private set; }

    public static async Task<TimeSpan> DeployAsync(int services, int parallel)
    {
        var topology = Topologies.Services(services);
        await using var cluster = await StartAsync();
        string[] deployArgs = ["deploy", "--kubeconfig", cluster.KubeconfigPath, "--parallel", parallel.ToString(CultureInfo.InvariantCulture), "--timeout", "1s", "--probe-timeout", "1s"];
        if (OwnProcess)
        {
            var cue = new System.Text.RegularExpressions.Regex(AppliedCue);
            var watch = Stopwatch.StartNew();
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var (name, value) in ProcessEnvironment)
            {
                start.Environment[name] = value;
            }

            foreach (var arg in new[] { typeof(ApplyBench).Assembly.Location, "app", services.ToString(CultureInfo.InvariantCulture) }.Concat(deployArgs))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            TimeSpan? at = null;
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                at ??= cue.IsMatch(line) ? watch.Elapsed : null;
            }

            await process.WaitForExitAsync();
            var cpu = (await errors).Split('\n').LastOrDefault(line => line.StartsWith(CpuCue, StringComparison.Ordinal));
            LastProcessCpu = cpu is null ? null : TimeSpan.FromSeconds(double.Parse(cpu[CpuCue.Length..], CultureInfo.InvariantCulture));
            return at ?? throw new InvalidOperationException($"deploy did not finish applying (exit {process.ExitCode}): {Tail(await errors)}");
        }

        var run = await InProcess.RunAsync(topology,
            ["deploy", "--kubeconfig", cluster.KubeconfigPath, "--parallel", parallel.ToString(CultureInfo.InvariantCulture), "--timeout", "1s", "--probe-timeout", "1s"],
            AppliedCue);
        if (run.Cue is not { } applied)
        {
            throw new InvalidOperationException($"deploy did not finish applying (exit {run.ExitCode}):\n{Tail(run.Out)}\n{Tail(run.Error)}");
        }

        return applied;
    }

    public static async Task<TimeSpan> KubectlAsync(int services)
    {
        var topology = Topologies.Services(services);
        var folder = Directory.CreateTempSubdirectory("infrasdk-runnerbench-");
        try
        {
            var written = await InProcess.RunAsync(topology, ["manifests", "-o", folder.FullName]);
            if (written.ExitCode != 0)
            {
                throw new InvalidOperationException($"manifests failed: {written.Error}");
            }

            await using var cluster = await StartAsync();
            var ns = Path.Combine(folder.FullName, "bench");

            // The Namespace first (kubectl reads a folder's files in name order, and deployment-* sorts before namespace-*).
            var watch = Stopwatch.StartNew();
            var (exit, output) = await ProcessRunner.RunAsync("kubectl",
                ["--kubeconfig", cluster.KubeconfigPath, "apply", "--server-side", "-f", Path.Combine(ns, "namespace-bench.yaml"), "-f", ns]);
            watch.Stop();
            if (exit != 0)
            {
                throw new InvalidOperationException($"kubectl apply failed ({exit}): {Tail(output)}");
            }

            return watch.Elapsed;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Task<LocalCluster.LocalCluster> StartAsync() =>
        LocalCluster.LocalCluster.StartAsync(new LocalClusterOptions
        {
            Nodes = 5,
            KubeconfigPath = Path.Combine(Path.GetTempPath(), $"infrasdk-runnerbench-{Guid.NewGuid():N}.kubeconfig"),
        });

    private static string Tail(string text) => text.Length <= 2000 ? text : text[^2000..];
}
