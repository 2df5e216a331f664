using System.ComponentModel;
using System.Diagnostics;

namespace InfraSdk.LocalCluster.Tests.Infrastructure;

/// <summary>Runs the real kubectl against a cluster's kubeconfig, bounded in time. A missing kubectl fails the test.</summary>
internal static class Kubectl
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(string kubeconfig, params string[] arguments) => RunWithInputAsync(kubeconfig, null, arguments);

    public static async Task<Result> RunWithInputAsync(string kubeconfig, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("kubectl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--kubeconfig=" + kubeconfig);
        if (!arguments.Any(argument => argument.StartsWith("--request-timeout=", StringComparison.Ordinal)))
        {
            start.ArgumentList.Add("--request-timeout=20s");
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            Assert.Fail("kubectl is required for this test: install kubectl (v1.32) and put it on PATH.");
            throw;
        }

        using (process)
        {
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input);
                process.StandardInput.Close();
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"kubectl {string.Join(' ', arguments)} did not finish within {Timeout.TotalSeconds} seconds.");
            }

            return new Result(process.ExitCode, await output, await error);
        }
    }

    /// <summary>Runs kubectl and fails the test, showing its error output, unless it succeeds.</summary>
    public static async Task<string> SucceedAsync(string kubeconfig, params string[] arguments) => await SucceedWithInputAsync(kubeconfig, null, arguments);

    public static async Task<string> SucceedWithInputAsync(string kubeconfig, string? input, params string[] arguments)
    {
        var result = await RunWithInputAsync(kubeconfig, input, arguments);
        Assert.True(result.ExitCode == 0, $"kubectl {string.Join(' ', arguments)} failed ({result.ExitCode}): {result.Error}");
        return result.Output;
    }
}
