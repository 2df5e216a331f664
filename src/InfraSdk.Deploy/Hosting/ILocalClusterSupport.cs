using System.CommandLine;

namespace InfraSdk.Deploy;

/// <summary>
/// The embedded cluster, for an app host that opts in: <c>--local</c> starts one for a command and the <c>cluster</c>
/// command runs one in the foreground. The InfraSdk.LocalCluster package provides it
/// (<c>InfraApp.RunAsync(args, new LocalClusterSupport(), ...)</c>); without it the app host has no ASP.NET Core or SQLite.
/// </summary>
public interface ILocalClusterSupport
{
    /// <summary>Starts a cluster for one command; disposing it stops it.</summary>
    Task<ILocalCluster> StartAsync(CancellationToken cancellationToken);

    /// <summary>The <c>cluster</c> command, with <c>cluster start</c>.</summary>
    Command CreateCommand();
}
