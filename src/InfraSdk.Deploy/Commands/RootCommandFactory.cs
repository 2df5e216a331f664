using System.CommandLine;
using InfraSdk.Deploy.Hosting;

namespace InfraSdk.Deploy.Commands;

/// <summary>The root command with every subcommand.</summary>
internal static class RootCommandFactory
{
    public static RootCommand Create(HostContext host)
    {
        var options = new CommandOptions();
        var topologies = string.Join(", ", host.Topology.Topologies);
        var root = new RootCommand($"Deploy the topology {topologies} to Kubernetes and prove every node answers on every nodePort.")
        {
            ManifestsCommand.Create(host),
            PlanCommand.Create(host, options),
            DeployCommand.Create(host, options),
            VerifyCommand.Create(host, options),
            DestroyCommand.Create(host, options),
            PortsCommand.Create(host, options),
            AccessCommand.Create(host, options),
            host.LocalClusters?.CreateCommand() ?? MissingClusterCommand.Create(),
        };
        return root;
    }
}
