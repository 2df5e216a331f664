using System.ComponentModel;
using System.Diagnostics;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>Starts a real program with its output redirected, and runs one to its end bounded in time.</summary>
internal static class ExternalTool
{
    /// <summary>Starts <paramref name="tool"/>; one that is not on PATH fails the test with <paramref name="whenMissing"/>.</summary>
    public static Process Start(string tool, IEnumerable<string> arguments, string whenMissing)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(start) ?? throw new Win32Exception($"{tool} did not start");
        }
        catch (Win32Exception)
        {
            Assert.Fail(whenMissing);
            throw;
        }
    }

    /// <summary>Runs the tool to its end; one still running after <paramref name="bound"/> is killed and fails the test.</summary>
    public static async Task<CliResult> RunAsync(string tool, IReadOnlyList<string> arguments, string whenMissing, TimeSpan bound)
    {
        using var process = Start(tool, arguments, whenMissing);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} {string.Join(' ', arguments)} did not finish within {bound.TotalSeconds} s.");
        }

        return new CliResult(process.ExitCode, await output, await error);
    }
}
