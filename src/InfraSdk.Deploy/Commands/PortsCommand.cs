using System.CommandLine;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Planning;

namespace InfraSdk.Deploy.Commands;

/// <summary><c>ports</c>: the cluster's node-port range usage beside the topology's claims.</summary>
internal static class PortsCommand
{
    public static Command Create(HostContext host, CommandOptions options)
    {
        var command = new Command("ports", "Show how the node-port range is used (held and free, static and dynamic band, who holds what) beside this topology's claims.")
        {
            options.Output, options.NodePortRange,
        };
        options.AddCluster(command);
        command.SetAction((parse, ct) => ClusterCommandRunner.RunAsync(host, options, parse, parse.GetValue(options.Output), async (session, token) =>
        {
            var range = options.ReadRange(parse, session.Connection.KnownRange);
            var usage = NodePortUsage.Compute(range, await session.Api.ListServicesAsync(token), session.Topology);
            session.Report.Ports = usage;
            PortsView.Write(session.Human, usage);
            return usage.Claims.Any(c => c.State.StartsWith("conflict", StringComparison.Ordinal) || c.State.StartsWith("outside", StringComparison.Ordinal))
                ? ExitCodes.Conflicts
                : ExitCodes.Success;
        }, ct));
        return command;
    }
}
