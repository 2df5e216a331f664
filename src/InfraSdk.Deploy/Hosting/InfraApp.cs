using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Hosting;

namespace InfraSdk.Deploy;

/// <summary>
/// The app host a topology project runs: <c>return await InfraApp.RunAsync(args, ShopTopology.Manifests);</c> gives it
/// the commands manifests, plan, deploy, verify, destroy, ports and cluster.
/// </summary>
public static class InfraApp
{
    public static Task<int> RunAsync(string[] args, params TopologyManifests[] topologies) =>
        CommandLineApp.RunAsync(args, AppConsole.FromProcess(), topologies, RetryTiming.Default, handleSignals: true, CancellationToken.None);
}
