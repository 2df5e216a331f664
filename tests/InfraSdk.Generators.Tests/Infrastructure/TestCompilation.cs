using InfraSdk.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace InfraSdk.Generators.Tests.Infrastructure;

/// <summary>Compiles topology sources against the running .NET's assemblies and InfraSdk.dll, with the generator.</summary>
internal static class TestCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Create(params string[] sources) =>
        CSharpCompilation.Create(
            "Topologies" + Guid.NewGuid().ToString("N"),
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/src/Topology{i + 1}.cs")),
            FrameworkReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new TopologyGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator and returns the compilation with its output, failing on any generator exception.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Run) Generate(Compilation compilation)
    {
        var driver = Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var run = driver.GetRunResult();
        Assert.All(run.Results, result => Assert.Null(result.Exception));
        return (output, run);
    }

    /// <summary>Fails with every error and warning of the compilation, generated code included.</summary>
    public static void AssertClean(Compilation compilation)
    {
        var problems = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
