using System.Diagnostics;
using System.Text;
using k8s;
using k8s.KubeConfigModels;

namespace InfraSdk.LocalCluster.Tests.Durability;

/// <summary>
/// "cluster start --state DIR" as a process of its own (the ClusterBench host, which runs the same command as an app
/// host), on one node; ready once its kubeconfig is written. <see cref="Kill"/> is SIGKILL: no shutdown code runs.
/// </summary>
internal sealed class ClusterProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _errors;

    private ClusterProcess(Process process, StringBuilder errors, K8SConfiguration kubeconfig)
    {
        _process = process;
        _errors = errors;
        Kubeconfig = kubeconfig;
    }

    public K8SConfiguration Kubeconfig { get; }

    public static async Task<ClusterProcess> StartAsync(string stateDirectory, string kubeconfigPath)
    {
        File.Delete(kubeconfigPath);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "InfraSdk.ClusterBench.dll"), "cluster", "start", "--nodes", "1", "--state", stateDirectory, "--kubeconfig", kubeconfigPath })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            lock (errors)
            {
                errors.AppendLine(line.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        while (!File.Exists(kubeconfigPath))
        {
            if (process.HasExited || clock.Elapsed > StartTimeout)
            {
                process.Kill();
                await process.WaitForExitAsync();
                Assert.Fail($"cluster start did not come up within {StartTimeout.TotalSeconds} s (exit code {process.ExitCode}): {errors}");
            }

            await Task.Delay(50);
        }

        return new ClusterProcess(process, errors, await KubernetesClientConfiguration.LoadKubeConfigAsync(new FileInfo(kubeconfigPath)));
    }

    /// <summary>What the process wrote to stderr so far (warnings, a crash).</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>SIGKILL, and waits until the process is gone.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }
}
