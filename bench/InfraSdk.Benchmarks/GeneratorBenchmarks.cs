using System.Text;
using BenchmarkDotNet.Attributes;
using InfraSdk.Generators;
using InfraSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InfraSdk.Benchmarks;

/// <summary>
/// The generator on a topology of N declarations: a first run over a freshly bound compilation, and the run an IDE
/// makes after an edit to an unrelated file, which should cost next to nothing.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private Compilation _compilation = null!;
    private Compilation _edited = null!;
    private GeneratorDriver _warm = null!;

    [Params(10, 200)]
    public int Declarations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var unrelated = CSharpSyntaxTree.ParseText(Unrelated(1), ParseOptions, path: "Unrelated.cs");
        _compilation = CSharpCompilation.Create(
            "Bench",
            [CSharpSyntaxTree.ParseText(Topology(Declarations), ParseOptions, path: "Topology.cs"), unrelated],
            FrameworkReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _edited = _compilation.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Unrelated(2))));
        _warm = NewDriver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver FirstRun() => NewDriver().RunGenerators(_compilation.Clone());

    [Benchmark]
    public GeneratorDriver AfterUnrelatedEdit() => _warm.RunGenerators(_edited);

    private static GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create([new TopologyGenerator().AsSourceGenerator()], parseOptions: ParseOptions);

    private static string Unrelated(int value) => $"namespace Other; public static class Unrelated {{ public const int Value = {value}; }}";

    private static string Topology(int declarations)
    {
        var text = new StringBuilder("using InfraSdk;\nnamespace Bench;\n[Topology(Namespace = \"bench\")]\npublic static partial class BenchTopology\n{\n");
        for (var i = 0; i < declarations; i++)
        {
            text.Append(i % 2 == 0
                ? $"    public static readonly Deployment App{i} = new(\"app-{i}\") {{ Replicas = 2, Labels = {{ [\"app\"] = \"app-{i}\" }}, Container = new(\"nginx:1.27\") {{ Ports = {{ new(8080) }} }} }};\n"
                : $"    public static readonly NodePortService Svc{i} = new(\"svc-{i}\") {{ Selector = {{ [\"app\"] = \"app-{i - 1}\" }}, Ports = {{ new ServicePort(80, 8080, {30000 + i}, Name: \"http\"), new ServicePort(53, NodePort: {31000 + i}, Protocol: Protocol.Udp, Name: \"dns\") }} }};\n");
        }

        return text.Append("}\n").ToString();
    }
}
