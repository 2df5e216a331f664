using System.Text;
using InfraSdk.Kubernetes;
using InfraSdk.Manifests;

namespace InfraSdk;

/// <summary>
/// A Service's <see cref="Probe"/> travels with its manifest as the annotation <c>infrasdk.io/probe</c>
/// ("tcp", "http:&lt;path&gt;" or "udp:&lt;send&gt;[:&lt;expect&gt;]" in base64), so that <c>verify</c> reads it from the cluster too.
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
        not null when value.StartsWith(InfraSdkMetadata.UdpProbePrefix, StringComparison.Ordinal) => ParseUdp(value[InfraSdkMetadata.UdpProbePrefix.Length..]),
        _ => null,
    };

    /// <summary>"&lt;send&gt;" or "&lt;send&gt;:&lt;expect&gt;" in base64; anything else is no probe.</summary>
    private static UdpProbe? ParseUdp(string value)
    {
        var parts = value.Split(':');
        return parts.Length <= 2 && Text(parts[0]) is { } send
            ? parts.Length == 1 ? new UdpProbe(send) : Text(parts[1]) is { } expect ? new UdpProbe(send, expect) : null
            : null;
    }

    private static string? Text(string base64)
    {
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var written) ? Encoding.UTF8.GetString(bytes, 0, written) : null;
    }
}
