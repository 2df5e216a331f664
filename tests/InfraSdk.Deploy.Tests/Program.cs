using System.Globalization;
using InfraSdk.Deploy.Tests.Infrastructure;
using InfraSdk.LocalCluster;

namespace InfraSdk.Deploy.Tests;

/// <summary>
/// The test assembly doubles as a topology project's app host, so that tests can run a command as a real process and
/// signal or kill it: <c>dotnet InfraSdk.Deploy.Tests.dll app SERVICES COMMAND ...</c>. The test runner never calls it.
/// </summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => args is ["app", var services, .. var command]
        ? InfraApp.RunAsync(command, new LocalClusterSupport(), FaultTopology.Create(int.Parse(services, CultureInfo.InvariantCulture)))
        : Task.FromResult(2);
}
