using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Hosting;

namespace InfraSdk.Deploy;

/// <summary>
/// The app host a topology project runs: <c>return await InfraApp.RunAsync(args, ShopTopology.Manifests);</c> gives it
/// the commands manifests, plan, deploy, verify, destroy and ports. Given the embedded cluster of the
/// InfraSdk.LocalCluster package (<c>InfraApp.RunAsync(args, new LocalClusterSupport(), ShopTopology.Manifests)</c>),
/// it also offers <c>--local</c> and <c>cluster start</c>.
/// </summary>
public static class InfraApp
{
    public static Task<int> RunAsync(string[] args, params TopologyManifests[] topologies) => Run(args, null, topologies);

    public static Task<int> RunAsync(string[] args, ILocalClusterSupport localClusters, params TopologyManifests[] topologies) =>
        Run(args, localClusters, topologies);

    private static Task<int> Run(string[] args, ILocalClusterSupport? localClusters, TopologyManifests[] topologies) =>
        CommandLineApp.RunAsync(args, AppConsole.FromProcess(), topologies, localClusters, RetryTiming.Default, handleSignals: true, CancellationToken.None);
}
