using System.Text;
using InfraSdk.Manifests;

namespace InfraSdk.Generators.Tests.Generated;

/// <summary>The table the generator writes manifests into, read back by the runtime library's <see cref="TopologyManifests.Compiled"/>.</summary>
public class ManifestTableTests
{
    [Fact]
    public void Reads_back_every_document_and_the_run_time_manifests_in_their_places()
    {
        var text = new StringBuilder();
        ManifestTable.AppendDocument(text, "Namespace", "shop", null, "kind: Namespace\n");
        ManifestTable.AppendRuntime(text, 0);
        ManifestTable.AppendDocument(text, "Service", "odd name %20", "a b", "data: |\n  #infrasdk Service x y 3\n  quoted \"\"\" text");
        ManifestTable.AppendDocument(text, "ConfigMap", "empty", "shop", string.Empty);
        ManifestTable.AppendDocument(text, "Secret", "last", "shop", "no newline at the end");
        var atRunTime = new Manifest("Deployment", "web", "shop", "kind: Deployment\n");

        var manifests = TopologyManifests.Compiled("Shop", "shop", text.ToString(), () => [atRunTime], () => []);

        Assert.Equal(
            [
                new Manifest("Namespace", "shop", null, "kind: Namespace\n"),
                atRunTime,
                new Manifest("Service", "odd name %20", "a b", "data: |\n  #infrasdk Service x y 3\n  quoted \"\"\" text"),
                new Manifest("ConfigMap", "empty", "shop", string.Empty),
                new Manifest("Secret", "last", "shop", "no newline at the end"),
            ],
            manifests);
    }

    [Fact]
    public void Text_that_is_not_a_table_is_refused()
    {
        Assert.Throws<FormatException>(() => TopologyManifests.Compiled("Shop", "shop", "apiVersion: v1\n", () => [], () => []));
    }
}
