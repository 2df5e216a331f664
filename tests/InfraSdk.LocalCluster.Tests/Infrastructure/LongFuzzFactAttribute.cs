namespace InfraSdk.LocalCluster.Tests.Infrastructure;

/// <summary>A test that runs only with INFRASDK_LONG_FUZZ=1: the long variant of a fuzz whose short one is in the normal suite.</summary>
public sealed class LongFuzzFactAttribute : FactAttribute
{
    public const string Switch = "INFRASDK_LONG_FUZZ";

    public LongFuzzFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Switch) != "1")
        {
            Skip = $"A long fuzz run: set {Switch}=1 to run it.";
        }
    }
}
