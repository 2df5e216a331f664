using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using k8s;

namespace InfraSdk.Generators.Tests.Equality;

/// <summary>
/// The YAML compiled in by the generator equals the runtime mapping of the same declaration, and both read back with
/// KubernetesClient as the same typed object of the declared kind, for every declaration of <see cref="EqualityTopologies"/>.
/// </summary>
public class EqualityTests(GeneratedTopologies topologies) : IClassFixture<GeneratedTopologies>
{
    public static TheoryData<string> ConstantDeclarations() => new(DeclarationsOf(EqualityTopologies.Constant));

    [Theory]
    [MemberData(nameof(ConstantDeclarations))]
    public void Compile_time_yaml_equals_the_runtime_mapping(string declaration)
    {
        var (manifest, resource) = Find(EqualityTopologies.Constant, declaration);

        var runtime = Manifest.From(resource, "Declarations", "equality");
        Assert.Equal(runtime, manifest);
        var compiled = Assert.Single(KubernetesYaml.LoadAllFromString(manifest.Yaml));
        var mapped = KubernetesMapping.ToKubernetes(resource, "Declarations", "equality");
        Assert.Equal(mapped.GetType(), compiled.GetType());
        Assert.Equal(resource.Kind, mapped.Kind);
        Assert.Equal(KubernetesJson.Serialize(mapped), KubernetesJson.Serialize(compiled));
    }

    [Fact]
    public void Every_constant_declaration_is_compiled_in()
    {
        var source = topologies.GeneratedSources["Equality.Declarations.g.cs"];

        Assert.DoesNotContain("Manifest.From(", source, StringComparison.Ordinal);
        Assert.True(DeclarationsOf(EqualityTopologies.Constant).Count >= 50, "the equality test covers at least 50 declarations");
        var kinds = topologies.Loaded.Manifests(EqualityTopologies.Constant).Select(m => m.Kind).ToHashSet();
        Assert.Superset(new HashSet<string> { "Namespace", "Deployment", "Service", "ConfigMap", "Secret", "Ingress", "HorizontalPodAutoscaler", "PodDisruptionBudget" }, kinds);
    }

    [Fact]
    public void Namespaces_come_first_one_per_namespace_used_each_equal_to_the_runtime_mapping()
    {
        var manifests = topologies.Loaded.Manifests(EqualityTopologies.Constant);

        Assert.Equal(["equality", "other"], manifests.TakeWhile(m => m.Kind == "Namespace").Select(m => m.Name));
        Assert.Equal(Manifest.ForNamespace("equality", "Declarations"), manifests[0]);
        Assert.Equal(Manifest.ForNamespace("other", "Declarations"), manifests[1]);
        Assert.Equal("Declarations", manifests.Topology);
        Assert.Equal("equality", manifests.Namespace);
    }

    [Fact]
    public void The_default_namespace_gets_no_namespace_manifest()
    {
        var manifests = topologies.Loaded.Manifests(EqualityTopologies.DefaultNamespace);
        var resources = topologies.Loaded.Resources(EqualityTopologies.DefaultNamespace);

        Assert.Equal(resources.Select(r => Manifest.From(r, "InDefault", "default")), manifests);
    }

    [Fact]
    public void Declarations_that_are_not_constant_are_mapped_at_run_time_to_the_same_yaml()
    {
        var source = topologies.GeneratedSources["Equality.ReadAtRunTime.g.cs"];
        var manifests = topologies.Loaded.Manifests(EqualityTopologies.NonConstant);
        var resources = topologies.Loaded.Resources(EqualityTopologies.NonConstant);

        foreach (var member in new[] { "FieldName", "ParsedReplicas", "FieldPort", "MethodLabel", "MethodProbe", "Built" })
        {
            Assert.Contains($"global::InfraSdk.Manifest.From({member}, \"ReadAtRunTime\", \"runtime\")", source, StringComparison.Ordinal);
        }

        Assert.Equal(Manifest.ForNamespace("runtime", "ReadAtRunTime"), manifests[0]);
        Assert.Equal(resources.Select(r => Manifest.From(r, "ReadAtRunTime", "runtime")), manifests.Skip(1));
        Assert.Equal(["deploy-late", "parsed", "field-port", "method-label", "method-probe", "carriage-return", "made"], manifests.Skip(1).Select(m => m.Name));
    }

    [Fact]
    public void Resources_are_the_declared_objects_in_source_order()
    {
        var resources = topologies.Loaded.Resources(EqualityTopologies.DefaultNamespace);

        Assert.Equal(["app", "app-public"], resources.Select(r => r.Name));
        Assert.IsType<NodePortService>(resources[1]);
    }

    private (Manifest Manifest, Resource Resource) Find(string topology, string declaration)
    {
        var manifests = topologies.Loaded.Manifests(topology).Where(m => m.Kind != "Namespace").ToList();
        var resources = topologies.Loaded.Resources(topology);
        var index = DeclarationsOf(topology).IndexOf(declaration);
        Assert.Equal(resources.Count, manifests.Count);
        return (manifests[index], resources[index]);
    }

    /// <summary>The model-typed members of a topology, in source order, read from the test's own copy of the source.</summary>
    private static List<string> DeclarationsOf(string topology)
    {
        var tree = CSharpSyntaxTree.ParseText(EqualityTopologies.Source);
        var className = topology[(topology.LastIndexOf('.') + 1)..];
        var type = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Single(c => c.Identifier.Text == className);
        var names = new List<string>();
        foreach (var member in type.Members)
        {
            switch (member)
            {
                case FieldDeclarationSyntax field when !field.Modifiers.Any(m => m.Text == "private"):
                    names.Add(field.Declaration.Variables.Single().Identifier.Text);
                    break;
                case PropertyDeclarationSyntax property:
                    names.Add(property.Identifier.Text);
                    break;
            }
        }

        return names;
    }
}
