namespace InfraSdk.Tests.Mapping;

public class ProbeAnnotationTests
{
    public static TheoryData<Probe?, string?> Formats => new()
    {
        { new TcpProbe(), "tcp" },
        { new HttpProbe(), "http:/" },
        { new HttpProbe("/ready?full=1"), "http:/ready?full=1" },
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
    [InlineData("")]
    [InlineData("HTTP:/x")]
    public void An_unknown_annotation_is_no_probe(string annotation) => Assert.Null(ProbeAnnotation.Parse(annotation));
}
