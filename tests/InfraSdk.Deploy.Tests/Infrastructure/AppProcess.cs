using System.Diagnostics;
using System.Text;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>
/// The test assembly run as an app host process (see Program.cs), with SIGINT and SIGTERM at their defaults as from a
/// terminal (a test run started in the background inherits SIGINT ignored), HOME an empty folder, and its output kept.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();
    private readonly DirectoryInfo _home = Directory.CreateTempSubdirectory("infrasdk-home-");

    private AppProcess(int services, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--default-signal=INT,TERM", "dotnet", typeof(AppProcess).Assembly.Location, "app", services.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = _home.FullName;
        start.Environment["NO_COLOR"] = "1";
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => Append(_out, line.Data);
        _process.ErrorDataReceived += (_, line) => Append(_error, line.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static AppProcess Start(int services, params string[] args) => new(services, args);

    public string Out
    {
        get
        {
            lock (_out)
            {
                return _out.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Sends a signal by name ("INT", "TERM", "KILL") with kill(1).</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end, at most <paramref name="bound"/>; then what it printed and returned.</summary>
    public async Task<CliResult> WaitAsync(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the app did not end within {bound}: {Out}");
        }

        return new CliResult(_process.ExitCode, Out, Error);
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _home.Delete(recursive: true);
    }
}
