namespace InfraSdk;

/// <summary>
/// A Service's <see cref="Probe"/> travels with its manifest as the annotation <c>infrasdk.io/probe</c>
/// ("tcp" or "http:&lt;path&gt;"), so that <c>verify</c> reads it from the cluster too.
/// </summary>
public static class ProbeAnnotation
{
    public const string Key = "infrasdk.io/probe";

    public static string? Format(Probe? probe) => probe switch
    {
        HttpProbe http => "http:" + http.Path,
        TcpProbe => "tcp",
        _ => null,
    };

    public static Probe? Parse(string? value) => value switch
    {
        "tcp" => new TcpProbe(),
        not null when value.StartsWith("http:", StringComparison.Ordinal) => new HttpProbe(value["http:".Length..]),
        _ => null,
    };
}
