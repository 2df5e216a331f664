using System.CommandLine;
using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Planning;
using Spectre.Console;

namespace InfraSdk.Deploy.Commands;

/// <summary>
/// Runs a command body against the chosen cluster: connects, wires retries and output, writes the JSON report (also
/// on failure), and with --local --keep leaves the cluster running until Ctrl+C. Stopped by Ctrl+C or SIGTERM, it
/// says in one line what was and was not changed, and exits 130.
/// </summary>
internal static class ClusterCommandRunner
{
    /// <summary>Work done before connecting, so that it can stop a command before any request: rules, Secret sources.</summary>
    public delegate void Preparation(ClusterChoice choice, IAnsiConsole human, RunReport report);

    public static async Task<int> RunAsync(
        HostContext host, CommandOptions options, ParseResult parse, OutputFormat format,
        Func<CommandSession, CancellationToken, Task<int>> body, CancellationToken cancellationToken, Preparation? prepare = null)
    {
        var json = format == OutputFormat.Json;
        var human = json
            ? HumanConsole.Create(host.Error, host.Console.ErrorIsTerminal, host.Console.NoColor)
            : HumanConsole.Create(host.Out, host.Console.OutputIsTerminal, host.Console.NoColor);
        var report = new RunReport();
        var progress = new WriteProgress(parse.CommandResult.Command.Name);
        var choice = options.ReadCluster(parse);
        ClusterConnection? connection = null;
        try
        {
            if (choice.Keep && !choice.Local)
            {
                throw new CommandException("--keep only applies with --local.", ExitCodes.Usage);
            }

            var localClusters = choice.Local ? host.RequireLocalClusters() : null;
            prepare?.Invoke(choice, human, report);
            connection = await ClusterConnector.ConnectAsync(choice, localClusters, host.Console, host.Redactor, host.Timing, cancellationToken);
            var exitCode = await RunAsync(host, connection, human, report, progress, body, cancellationToken);
            WriteReport(host, json, report);
            if (choice.Keep && connection.Local is { } local)
            {
                await KeepRunningAsync(human, local, cancellationToken);
            }

            return exitCode;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            report.Error = progress.DescribeStop();
            WriteReport(host, json, report);
            await host.Error.WriteLineAsync(report.Error);
            return ExitCodes.Cancelled;
        }
        catch (CommandException error)
        {
            report.Error = error.Message;
            WriteReport(host, json, report);
            throw;
        }
        catch (Exception error) when (connection is not null && ApiFailure.From(error, connection) is { } failure)
        {
            report.Error = failure.Message;
            WriteReport(host, json, report);
            throw failure;
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static Task<int> RunAsync(HostContext host, ClusterConnection connection, IAnsiConsole human, RunReport report, WriteProgress progress,
        Func<CommandSession, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        human.MarkupLine($"[grey]Cluster: {Markup.Escape(connection.Description)}[/]");
        ClusterApi? api = null;
        var resilience = new ApiResilience(host.Timing, message => human.MarkupLine($"[grey]{Markup.Escape(message)}[/]"),
            async (port, ct) => NodePortHolders.In(await api!.ListServicesAsync(ct)).Any(holder => holder.NodePort == port), host.Time,
            () => connection.Contact.Answered);
        api = new ClusterApi(connection.Client, resilience);
        return body(new CommandSession(host, connection, api, human, report, progress), cancellationToken);
    }

    private static async Task KeepRunningAsync(IAnsiConsole human, ILocalCluster local, CancellationToken cancellationToken)
    {
        human.MarkupLine($"The local cluster keeps running. Kubeconfig: [bold]{Markup.Escape(local.KubeconfigPath)}[/]");
        human.MarkupLine($"  kubectl --kubeconfig {Markup.Escape(local.KubeconfigPath)} get services -A");
        human.MarkupLine("Press [bold]Ctrl+C[/] to stop it.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            human.MarkupLine("[grey]Stopping the local cluster.[/]");
        }
    }

    private static void WriteReport(HostContext host, bool json, RunReport report)
    {
        if (json)
        {
            JsonReportWriter.Write(host.Out, report);
        }
    }
}
