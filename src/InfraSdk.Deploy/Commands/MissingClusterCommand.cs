using System.CommandLine;
using InfraSdk.Deploy.Hosting;

namespace InfraSdk.Deploy.Commands;

/// <summary>
/// The <c>cluster</c> command of an app host without the embedded cluster: whatever follows it (<c>cluster start
/// --nodes 5</c>), it answers with the one sentence saying which package to add.
/// </summary>
internal static class MissingClusterCommand
{
    public static Command Create()
    {
        var cluster = new Command("cluster", "Run an embedded Kubernetes cluster on this machine (needs the InfraSdk.LocalCluster package).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        cluster.SetAction(Refuse);
        return cluster;
    }

    private static int Refuse(ParseResult parse) => throw LocalClusterMissing.Error();
}
