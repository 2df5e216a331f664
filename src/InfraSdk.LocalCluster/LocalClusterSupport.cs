using System.CommandLine;
using InfraSdk.Deploy;

namespace InfraSdk.LocalCluster;

/// <summary>
/// Gives an app host the embedded cluster: <c>return await InfraApp.RunAsync(args, new LocalClusterSupport(), ShopTopology.Manifests);</c>
/// offers <c>--local</c> (a 3-node cluster for one command) and <c>cluster start</c>.
/// </summary>
public sealed class LocalClusterSupport : ILocalClusterSupport
{
    public async Task<ILocalCluster> StartAsync(CancellationToken cancellationToken) =>
        await LocalCluster.StartAsync(new LocalClusterOptions(), cancellationToken);

    public Command CreateCommand() => LocalClusterCommand.Create();
}
