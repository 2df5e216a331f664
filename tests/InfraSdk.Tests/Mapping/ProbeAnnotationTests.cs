namespace InfraSdk.Tests.Mapping;

public class ProbeAnnotationTests
{
    public static TheoryData<Probe?, string?> Formats => new()
    {
        { new TcpProbe(), "tcp" },
        { new HttpProbe(), "http:/" },
        { new HttpProbe("/ready?full=1"), "http:/ready?full=1" },
        { new UdpProbe("ping\n"), "udp:cGluZwo=" },
        { new UdpProbe("\u0012\u0034\u0001\u0000", "\u0012\u0034"), "udp:EjQBAA==:EjQ=" },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Formats_and_parses_back(Probe? probe, string? annotation)
    {
        Assert.Equal(annotation, ProbeAnnotation.Format(probe));
        Assert.Equal(probe, ProbeAnnotation.Parse(annotation));
    }

    [Theory]
    [InlineData("udp")]
    [InlineData("udp:not*base64")]
    [InlineData("udp:cGluZwo=:EjQ=:EjQ=")]
    [InlineData("")]
    [InlineData("HTTP:/x")]
    public void An_unknown_annotation_is_no_probe(string annotation) => Assert.Null(ProbeAnnotation.Parse(annotation));
}
