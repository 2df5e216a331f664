namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>How many seeds a fuzz scenario runs: a few in the normal suite, many with INFRASDK_LONG_FUZZ=1.</summary>
internal static class FuzzRuns
{
    public static bool Long => Environment.GetEnvironmentVariable("INFRASDK_LONG_FUZZ") == "1";

    public static IEnumerable<int> Seeds(int first, int shortRun, int longRun) => Enumerable.Range(first, Long ? longRun : shortRun);
}
