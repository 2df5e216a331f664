namespace InfraSdk.Deploy.Hosting;

/// <summary>What <c>--local</c> and <c>cluster</c> answer when the app host was not given the embedded cluster (exit 2).</summary>
internal static class LocalClusterMissing
{
    public const string Sentence =
        "The embedded cluster (--local, cluster start) is in the InfraSdk.LocalCluster package: add it with 'dotnet add package InfraSdk.LocalCluster' and pass new LocalClusterSupport() to InfraApp.RunAsync.";

    public static CommandException Error() => new(Sentence, ExitCodes.Usage);
}
