using System.CommandLine;
using InfraSdk.Deploy.Access;
using InfraSdk.Deploy.Hosting;

namespace InfraSdk.Deploy.Commands;

/// <summary>
/// <c>access -o DIR</c>: from the live Nodes, the topology's NodePort and LoadBalancer Services and a fresh probe of every
/// pair, write the configuration of an external load balancer (HAProxy, nginx stream), the firewall (nftables,
/// iptables), a DNS zone and the same as JSON; with --watch, keep them current.
/// </summary>
internal static class AccessCommand
{
    public static Command Create(HostContext host, CommandOptions options)
    {
        var access = new AccessOptions();
        var command = new Command(
            "access",
            "Write haproxy.cfg, nginx-stream.conf, firewall.nft, firewall.iptables, <zone>.zone and access.json for reaching the topology's nodePorts from outside, from the live nodes and a fresh probe; with --watch, keep them current.");
        access.AddTo(command);
        options.AddCluster(command);
        options.AddVerify(command);
        command.SetAction((parse, ct) => ClusterCommandRunner.RunAsync(host, options, parse, parse.GetValue(access.Output),
            (session, token) => AccessStep.RunAsync(session, access.Read(parse, options), options.ReadVerify(parse), new AccessRun(
                Path.GetFullPath(parse.GetValue(access.Directory)!), parse.GetValue(access.Watch), parse.GetValue(access.OnChange), parse.GetValue(access.Interval)), token), ct));
        return command;
    }
}
