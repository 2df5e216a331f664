using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Commands;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Rules;
using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Hosting;

/// <summary>
/// Parses the arguments, runs the command and turns every expected failure into one sentence and an exit code; with
/// <c>handleSignals</c>, the first SIGINT or SIGTERM cancels the command, which then exits 130.
/// </summary>
internal static class CommandLineApp
{
    public static async Task<int> RunAsync(
        string[] args, AppConsole console, IEnumerable<TopologyManifests> topologies, ILocalClusterSupport? localClusters, RetryTiming timing, bool handleSignals,
        CancellationToken cancellationToken, TopologyRules? rules = null)
    {
        KubernetesYamlWarmUp.Start();
        DesiredTopology topology;
        try
        {
            topology = DesiredTopology.From(topologies);
        }
        catch (CommandException error)
        {
            await console.Error.WriteLineAsync("error: " + error.Message);
            return error.ExitCode;
        }
        catch (ManifestException error)
        {
            await console.Error.WriteLineAsync("error: " + error.Message);
            return ExitCodes.Usage;
        }

        var host = new HostContext(console, topology, timing, TimeProvider.System, localClusters, rules);
        using var signals = handleSignals ? new SignalCancellation(cancellationToken) : null;
        cancellationToken = signals?.Token ?? cancellationToken;
        try
        {
            var parse = RootCommandFactory.Create(host).Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
            {
                var sentence = $"{parse.Errors[0].Message} Run '{HelpCommandFor(parse.CommandResult)}' for usage.";
                await host.Error.WriteLineAsync("error: " + sentence);
                if (AsksForJson(parse))
                {
                    JsonReportWriter.Write(host.Out, new RunReport { Error = sentence });
                }

                return ExitCodes.Usage;
            }

            var configuration = new InvocationConfiguration
            {
                Output = host.Out,
                Error = host.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (CommandException error)
        {
            await host.Error.WriteLineAsync("error: " + error.Message);
            return error.ExitCode;
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            await host.Error.WriteLineAsync("Stopped before the command finished.");
            return ExitCodes.Cancelled;
        }
        finally
        {
            await host.Out.FlushAsync(CancellationToken.None);
            await host.Error.FlushAsync(CancellationToken.None);
        }
    }

    /// <summary>Whether the command line, wrong elsewhere, asks for --output json in words the parser understood.</summary>
    private static bool AsksForJson(ParseResult parse) =>
        parse.CommandResult.Children.OfType<OptionResult>().Any(option =>
            option.Option is Option<OutputFormat> && parse.Errors.All(error => error.SymbolResult != option) && option.GetValueOrDefault<OutputFormat>() == OutputFormat.Json);

    /// <summary>"cluster start --help" for an error inside <c>cluster start</c>; "--help" at the root.</summary>
    private static string HelpCommandFor(CommandResult command)
    {
        var path = new Stack<string>();
        for (var result = command; result.Parent is CommandResult parent; result = parent)
        {
            path.Push(result.Command.Name);
        }

        return string.Join(' ', path.Append("--help"));
    }
}
