using System.Diagnostics;
using Spectre.Console;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// The --on-change command, run through the shell after each rewrite (<c>systemctl reload haproxy</c>), at most
/// <see cref="Bound"/>; its exit code and last lines of output are shown. A failure is reported and watching goes on.
/// </summary>
internal sealed class OnChangeCommand(string command, IAnsiConsole human)
{
    public static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    private const int ShownLines = 5;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe") { ArgumentList = { "/c", command } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", command } };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        var output = new List<string>();
        void Collect(object _, DataReceivedEventArgs line)
        {
            if (line.Data is { } text)
            {
                lock (output)
                {
                    output.Add(text);
                }
            }
        }

        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(Bound);
        try
        {
            await process.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            human.MarkupLine($"[yellow]--on-change did not finish within {Bound.TotalMinutes:0} minutes and was stopped: {Markup.Escape(command)}[/]");
            return;
        }

        List<string> tail;
        lock (output)
        {
            tail = output.TakeLast(ShownLines).ToList();
        }

        human.MarkupLine(process.ExitCode == 0
            ? $"[grey]Ran --on-change: {Markup.Escape(command)}[/]"
            : $"[yellow]--on-change exited {process.ExitCode}: {Markup.Escape(command)}[/]");
        foreach (var line in tail)
        {
            human.MarkupLine($"[grey]  {Markup.Escape(line)}[/]");
        }
    }
}
