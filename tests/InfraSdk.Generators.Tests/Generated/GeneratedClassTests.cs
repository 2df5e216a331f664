using InfraSdk.Generators.Tests.Infrastructure;

namespace InfraSdk.Generators.Tests.Generated;

/// <summary>The generated members at run time: across partial files, on first use, over the declared objects.</summary>
public class GeneratedClassTests
{
    private const string FirstPart = """
        using InfraSdk;
        namespace Parts;
        [Topology(Namespace = "parts")]
        public static partial class Split
        {
            public static readonly Deployment Api = new("api") { Replicas = Defaults.Replicas };
        }
        """;

    private const string SecondPart = """
        using InfraSdk;
        namespace Parts;
        public static partial class Split
        {
            public static readonly int ManifestCount = Manifests.Count;
            public static readonly NodePortService ApiPublic = new("api-public") { Selector = { ["app"] = "api" }, Ports = { new ServicePort(80, NodePort: 30080) } };
        }
        public static class Defaults
        {
            public const int Replicas = 2;
        }
        """;

    [Fact]
    public void A_topology_split_over_files_lists_every_part_in_file_order()
    {
        using var loaded = Load();

        Assert.Equal(["Namespace parts", "Deployment parts/api", "Service parts/api-public"], loaded.Manifests("Parts.Split").Select(m => m.ToString()));
    }

    [Fact]
    public void Resources_are_the_very_objects_the_fields_hold()
    {
        using var loaded = Load();
        var resources = loaded.Resources("Parts.Split");
        var type = FieldOwner(loaded);

        Assert.Same(type.GetField("Api")!.GetValue(null), resources[0]);
        Assert.Same(type.GetField("ApiPublic")!.GetValue(null), resources[1]);
    }

    [Fact]
    public void Manifests_are_built_once()
    {
        using var loaded = Load();

        Assert.Same(loaded.Manifests("Parts.Split"), loaded.Manifests("Parts.Split"));
    }

    [Fact]
    public void A_static_initializer_reading_manifests_does_not_break_the_topology()
    {
        using var loaded = Load();

        Assert.Equal(3, (int)FieldOwner(loaded).GetField("ManifestCount")!.GetValue(null)!);
    }

    private static LoadedTopology Load()
    {
        var (output, _) = TestCompilation.Generate(TestCompilation.Create(FirstPart, SecondPart));
        TestCompilation.AssertClean(output);
        return new LoadedTopology(output);
    }

    private static Type FieldOwner(LoadedTopology loaded) => loaded.Type("Parts.Split");
}
