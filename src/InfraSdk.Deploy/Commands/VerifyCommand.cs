using System.CommandLine;
using InfraSdk.Deploy.Hosting;

namespace InfraSdk.Deploy.Commands;

/// <summary><c>verify</c>: probe every node on every nodePort of the topology's Services.</summary>
internal static class VerifyCommand
{
    public static Command Create(HostContext host, CommandOptions options)
    {
        var command = new Command("verify", "Probe every node's address on every nodePort (TCP: a connect or HTTP GET; UDP: a datagram that must be answered) and print a node x service matrix (exit 1 when a pair does not answer).")
        {
            options.Output,
        };
        options.AddCluster(command);
        options.AddVerify(command);
        command.SetAction((parse, ct) => ClusterCommandRunner.RunAsync(host, options, parse, parse.GetValue(options.Output),
            (session, token) => VerifyStep.RunAsync(session, options.ReadVerify(parse), token), ct));
        return command;
    }
}
