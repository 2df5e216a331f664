using System.Text.Json.Nodes;
using Google.Protobuf;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Api.Protobuf;

namespace InfraSdk.LocalCluster.Tests.Protobuf;

/// <summary>Protobuf bodies as kubectl sends them decode into the JSON Go writes for the same object; broken ones are a 400.</summary>
public sealed class ProtobufBodyTests
{
    public static TheoryData<string> Captures() => [.. KubectlBodies.All.Select(capture => capture.Command)];

    [Theory]
    [MemberData(nameof(Captures))]
    public void A_body_kubectl_sent_decodes_into_the_json_kubectl_prints_for_the_same_command(string command)
    {
        var capture = KubectlBodies.All.Single(candidate => candidate.Command == command);
        var expected = JsonNode.Parse(capture.Json)!.AsObject();

        var decoded = ProtobufBody.Decode(capture.Bytes, TypeOf(expected));

        Assert.True(JsonNode.DeepEquals(expected, decoded), $"expected {expected.ToJsonString()}\nbut got  {decoded.ToJsonString()}");
    }

    [Fact]
    public void A_pod_whose_bytes_are_the_pod_template_kubectl_sent_decodes_into_that_template()
    {
        var capture = KubectlBodies.DeploymentWithCommandAndPort;
        var template = PodTemplate(capture);
        var expected = JsonNode.Parse(capture.Json)!["spec"]!["template"]!.DeepClone().AsObject();
        expected.Insert(0, "kind", "Pod");
        expected.Insert(1, "apiVersion", "v1");

        var decoded = ProtobufBody.Decode(Envelope("v1", "Pod", template), ResourceType.Pods);

        Assert.True(JsonNode.DeepEquals(expected, decoded), decoded.ToJsonString());
    }

    [Fact]
    public void Fields_the_schema_does_not_know_are_skipped()
    {
        var metadata = Message((1, Text("skipped-unknowns")), (99, Varint(7)), (98, Text("ignored")));

        var decoded = ProtobufBody.Decode(Envelope("v1", "ConfigMap", Message((1, metadata), (50, Text("also ignored")))), ResourceType.ConfigMaps);

        Assert.Equal("""{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"skipped-unknowns"}}""", decoded.ToJsonString());
    }

    [Fact]
    public void Times_int_or_strings_quantities_bytes_and_pointer_zeros_are_written_as_encoding_json_writes_them()
    {
        var metadata = Message((1, Text("typed")), (8, Message((1, Varint(1764570000)))));
        var port = Message((1, Text("http")), (3, Varint(80)), (4, Message((1, Varint(1)), (3, Text("web")))), (5, Varint(0)));
        var service = Message((1, metadata), (2, Message((1, port), (17, Text("")), (20, Varint(0)))));
        var secret = Message((1, Message((1, Text("s")))), (2, Message((1, Text("k")), (2, new byte[] { 0, 255 }))));
        var container = Message((1, Text("c")), (8, Message((1, Message((1, Text("cpu")), (2, Message((1, Text("500m")))))))));

        var decodedService = ProtobufBody.Decode(Envelope("v1", "Service", service), ResourceType.Services);
        var decodedSecret = ProtobufBody.Decode(Envelope("v1", "Secret", secret), ResourceType.Secrets);
        var decodedPod = ProtobufBody.Decode(Envelope("v1", "Pod", Message((2, Message((2, container))))), ResourceType.Pods);

        Assert.Equal("""{"name":"typed","creationTimestamp":"2025-12-01T06:20:00Z"}""", decodedService["metadata"]!.ToJsonString());
        Assert.Equal("""{"ports":[{"name":"http","port":80,"targetPort":"web"}],"ipFamilyPolicy":"","allocateLoadBalancerNodePorts":false}""", decodedService["spec"]!.ToJsonString());
        Assert.Equal("""{"k":"AP8="}""", decodedSecret["data"]!.ToJsonString());
        Assert.Equal("""{"containers":[{"name":"c","resources":{"limits":{"cpu":"500m"}}}]}""", decodedPod["spec"]!.ToJsonString());
    }

    [Fact]
    public void A_body_with_an_empty_type_meta_is_read_as_the_kind_of_the_url()
    {
        var decoded = ProtobufBody.Decode(Envelope("", "", Message((1, Message((1, Text("plain")))))), ResourceType.ConfigMaps);

        Assert.Equal("""{"metadata":{"name":"plain"}}""", decoded.ToJsonString());
    }

    public static TheoryData<string, byte[]> MalformedBodies() => new()
    {
        { "it does not start with the Kubernetes protobuf prefix \"k8s\\x00\"", "{\"kind\":\"Deployment\"}"u8.ToArray() },
        { "its wire data is truncated or invalid", KubectlBodies.Deployment.Bytes[..^9] },
        { "field 1 (name) of ObjectMeta has wire type Varint, not LengthDelimited", Envelope("apps/v1", "Deployment", Message((1, Message((1, Varint(3)))))) },
        { "an int-or-string has type 2, not 0 (int) or 1 (string)", Envelope("apps/v1", "Deployment", Message((2, Message((4, Message((2, Message((1, Message((1, Varint(2)))))))))))) },
        { "content encoding \"gzip\" is not supported", [.. "k8s\0"u8, .. Message((1, Message((1, Text("apps/v1")), (2, Text("Deployment")))), (3, Text("gzip")))] },
        { "a time field is not a varint", Envelope("apps/v1", "Deployment", Message((1, Message((8, Message((1, Text("soon")))))))) },
        { "a FieldsV1 does not hold JSON", Envelope("apps/v1", "Deployment", Message((1, Message((17, Message((7, Message((1, Text("{not json")))))))))) },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public void A_malformed_body_is_a_bad_request_of_one_sentence(string reason, byte[] body)
    {
        var error = Assert.Throws<ApiException>(() => ProtobufBody.Decode(body, ResourceType.Deployments));

        Assert.Equal(400, error.Code);
        Assert.Equal("BadRequest", error.Reason);
        Assert.Equal($"Deployment in version \"v1\" cannot be handled as a Deployment: the protobuf body is malformed: {reason}", error.Message);
        Assert.DoesNotContain(". ", error.Message);
    }

    [Fact]
    public void A_kind_without_a_protobuf_schema_is_an_unsupported_media_type_naming_the_kinds_that_have_one()
    {
        var error = Assert.Throws<ApiException>(() => ProtobufBody.Decode(Envelope("apps/v1", "StatefulSet", Message((1, Message((1, Text("db")))))), ResourceType.StatefulSets));

        Assert.Equal(415, error.Code);
        Assert.Equal("protobuf bodies are read for Namespace, Service, ConfigMap, Secret, Pod, Deployment only: send kind \"StatefulSet\" as application/json", error.Message);
    }

    /// <summary>
    /// The pod template of a Deployment kubectl sent: the bytes of a Pod too, whose metadata and spec have the
    /// template's field numbers (1 and 2).
    /// </summary>
    internal static byte[] PodTemplate(KubectlBodies.Capture deployment) => Field(Field(Field(deployment.Bytes[4..], 2), 2), 3);

    private static ResourceType TypeOf(JsonObject obj) => ResourceType.All.Single(type => type.Kind == (string?)obj["kind"]);

    /// <summary>The bytes of the first length-delimited field <paramref name="number"/> of a message.</summary>
    private static byte[] Field(byte[] message, int number)
    {
        var input = new CodedInputStream(message);
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            if (WireFormat.GetTagFieldNumber(tag) == number)
            {
                return input.ReadBytes().ToByteArray();
            }

            input.SkipLastField();
        }

        throw new InvalidOperationException($"no field {number}");
    }

    internal static byte[] Envelope(string apiVersion, string kind, byte[] raw) =>
        [.. "k8s\0"u8, .. Message((1, Message((1, Text(apiVersion)), (2, Text(kind)))), (2, raw))];

    internal static byte[] Text(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    /// <summary>A varint field's value; <see cref="Message"/> writes it with wire type 0.</summary>
    internal static VarintValue Varint(long value) => new(value);

    /// <summary>A message of fields, each a varint or length-delimited bytes, in the given order.</summary>
    internal static byte[] Message(params (int Number, object Value)[] fields)
    {
        using var stream = new MemoryStream();
        var output = new CodedOutputStream(stream);
        foreach (var (number, value) in fields)
        {
            if (value is VarintValue varint)
            {
                output.WriteTag(number, WireFormat.WireType.Varint);
                output.WriteInt64(varint.Value);
            }
            else
            {
                output.WriteTag(number, WireFormat.WireType.LengthDelimited);
                output.WriteBytes(ByteString.CopyFrom((byte[])value));
            }
        }

        output.Flush();
        return stream.ToArray();
    }

    internal sealed record VarintValue(long Value);
}
