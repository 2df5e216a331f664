using InfraSdk.Kubernetes;

namespace InfraSdk;

/// <summary>
/// A Service's <see cref="Probe"/> travels with its manifest as the annotation <c>infrasdk.io/probe</c>
/// ("tcp" or "http:&lt;path&gt;"), so that <c>verify</c> reads it from the cluster too.
/// </summary>
public static class ProbeAnnotation
{
    public const string Key = InfraSdkMetadata.ProbeKey;

    public static string? Format(Probe? probe) => probe switch
    {
        HttpProbe http => InfraSdkMetadata.HttpProbe(http.Path),
        TcpProbe => InfraSdkMetadata.TcpProbe,
        _ => null,
    };

    public static Probe? Parse(string? value) => value switch
    {
        InfraSdkMetadata.TcpProbe => new TcpProbe(),
        not null when value.StartsWith(InfraSdkMetadata.HttpProbePrefix, StringComparison.Ordinal) => new HttpProbe(value[InfraSdkMetadata.HttpProbePrefix.Length..]),
        _ => null,
    };
}
