using InfraSdk.Deploy.Topology;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Tests.Units;

/// <summary>
/// deploy's JSON reading of written manifests (<see cref="WrittenJson"/>) against KubernetesYaml: the same object for
/// the writer's shapes, and null (KubernetesYaml reads it) for YAML outside the writer's subset.
/// </summary>
public sealed class WrittenYamlTests
{
    public static TheoryData<string> WrittenShapes() => new(
        // Literal blocks with each chomping, inner blank lines and deeper-indented lines; quoted and escaped strings.
        Manifest.From(new ConfigMap("texts")
        {
            Data =
            {
                ["clip"] = "#!/bin/sh\necho hi\n",
                ["strip"] = "a\n\n  b",
                ["keep"] = "x\ny\n\n\n",
                ["quoted"] = "tab\there \"q\" \\ \u00e9 \u0001",
                ["numeric"] = "012",
                ["reserved"] = "yes",
                ["empty"] = string.Empty,
                ["carriage"] = "a\r\nb",
            },
        }, "Shapes", "shapes").Yaml,
        Manifest.From(new Deployment("web")
        {
            Replicas = 3,
            Labels = { ["app"] = "web", ["t"] = "-x", ["u"] = "a: b" },
            Annotations = { ["cost-center"] = "42", ["flag"] = "true" },
            Container = new("nginx:1.27") { Ports = { new(80), new(443, "https", Protocol.Udp) } },
        }, "Shapes", "shapes").Yaml,
        Manifest.From(new NodePortService("svc") { Selector = { ["app"] = "web" }, Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: 30080) } }, "Shapes", "shapes").Yaml,
        Manifest.ForNamespace("shapes", "Shapes").Yaml);

    [Theory]
    [MemberData(nameof(WrittenShapes))]
    public void A_written_manifest_reads_as_json_to_the_object_KubernetesYaml_reads(string yaml)
    {
        var read = WrittenJson.Read(yaml);

        Assert.NotNull(read);
        var expected = Assert.Single(KubernetesYaml.LoadAllFromString(yaml));
        Assert.Equal(expected.GetType(), read.GetType());
        Assert.Equal(KubernetesJson.Serialize(expected), KubernetesJson.Serialize(read));
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c # a comment\n")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 'single'\n")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: flow}\n")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: d\n")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    port: 8080\n")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: |2\n     indented\n")]
    [InlineData("apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: c\r\n")]
    [InlineData("- apiVersion: v1\n  kind: ConfigMap\n")]
    [InlineData("apiVersion: v1\nkind: Widget\nmetadata:\n  name: w\n")]
    public void Yaml_outside_the_writers_subset_is_left_to_KubernetesYaml(string yaml)
    {
        Assert.Null(WrittenJson.Read(yaml));
    }

    [Fact]
    public void A_KubernetesClient_object_through_the_escape_hatch_parses_to_the_same_object_either_way()
    {
        var map = new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta { Name = "hatch", NamespaceProperty = "shapes", Labels = new Dictionary<string, string> { ["version"] = "1.0", ["n"] = "7" } },
            Data = new Dictionary<string, string> { ["multi"] = "a\nb\n", ["colon"] = "k: v" },
        };
        var manifest = Manifest.From(map, "Shapes", "shapes");

        var parsed = DesiredObject.Parse(manifest, "Shapes");

        var expected = Assert.Single(KubernetesYaml.LoadAllFromString(manifest.Yaml));
        Assert.Equal(KubernetesJson.Serialize(expected), KubernetesJson.Serialize(parsed.Object));
    }
}
