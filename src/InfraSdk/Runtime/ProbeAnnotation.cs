using InfraSdk.Kubernetes;
using InfraSdk.Manifests;

namespace InfraSdk;

/// <summary>
/// A Service's <see cref="Probe"/> travels with its manifest as the annotation <c>infrasdk.io/probe</c>
/// ("tcp" or "http:&lt;path&gt;"), so that <c>verify</c> reads it from the cluster too.
/// </summary>
public static class ProbeAnnotation
{
    public const string Key = InfraSdkMetadata.ProbeKey;

    /// <summary>The annotation's value for <paramref name="probe"/>, as the mapping writes it.</summary>
    public static string? Format(Probe? probe) => probe is null ? null : ServiceManifest.ProbeAnnotation(DeclReader.Read(probe));

    public static Probe? Parse(string? value) => value switch
    {
        InfraSdkMetadata.TcpProbe => new TcpProbe(),
        not null when value.StartsWith(InfraSdkMetadata.HttpProbePrefix, StringComparison.Ordinal) => new HttpProbe(value[InfraSdkMetadata.HttpProbePrefix.Length..]),
        _ => null,
    };
}
