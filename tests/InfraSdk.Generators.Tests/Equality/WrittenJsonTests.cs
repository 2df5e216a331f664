using InfraSdk.Deploy.Topology;
using k8s;

namespace InfraSdk.Generators.Tests.Equality;

/// <summary>
/// deploy reads the manifests the YAML writer produced as JSON (<see cref="WrittenJson"/>): for every manifest of the
/// equality topologies, compiled in or mapped at run time, that gives the object KubernetesYaml gives.
/// </summary>
public class WrittenJsonTests(GeneratedTopologies topologies) : IClassFixture<GeneratedTopologies>
{
    public static TheoryData<string> Topologies() => new(EqualityTopologies.Constant, EqualityTopologies.NonConstant, EqualityTopologies.DefaultNamespace);

    [Theory]
    [MemberData(nameof(Topologies))]
    public void Every_written_manifest_reads_as_json_to_the_object_KubernetesYaml_reads(string topology)
    {
        var manifests = topologies.Loaded.Manifests(topology);

        Assert.NotEmpty(manifests);
        foreach (var manifest in manifests)
        {
            var read = WrittenJson.Read(manifest.Yaml);
            Assert.True(read is not null, $"{manifest} was not read as JSON:\n{manifest.Yaml}");
            var expected = Assert.Single(KubernetesYaml.LoadAllFromString(manifest.Yaml));
            Assert.Equal(expected.GetType(), read.GetType());
            Assert.Equal(KubernetesJson.Serialize(expected), KubernetesJson.Serialize(read));
        }
    }
}
