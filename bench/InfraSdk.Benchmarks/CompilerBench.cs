using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using InfraSdk.Generators;
using InfraSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InfraSdk.Benchmarks;

/// <summary>
/// The compiler-side figures of issue 9 with stopwatches, over the project bench/gen-project writes (N NodePort
/// Services pinning their own nodePorts and N Deployments over 50 [Topology] files), built in memory:
/// the generator's first run and its incremental run after a one-declaration edit (and how many topologies it
/// re-emitted), the analyzers over the whole compilation, and the analyzer diagnostics of the edited document as an
/// IDE asks for them. Linked into the generator tests, which run it at a tiny size so that it keeps working.
/// </summary>
public static class CompilerBench
{
    public const int Files = 50;
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>As the generated project (and every new .NET project) has it: nullable reference types on.</summary>
    private static readonly NullableContextOptions Nullable =
        Environment.GetEnvironmentVariable("INFRASDK_BENCH_NULLABLE") == "disable" ? NullableContextOptions.Disable : NullableContextOptions.Enable;

    public sealed record Sample(string Name, string Goal, double GoalMs, List<double> Milliseconds)
    {
        public double Median => Percentile(0.5);
        public double Min => Milliseconds.Min();
        public double Max => Milliseconds.Max();

        private double Percentile(double p)
        {
            var sorted = Milliseconds.Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        public bool Met => GoalMs <= 0 || Median <= GoalMs;
    }

    public sealed record Result(int Services, List<Sample> Samples, int TopologiesReemitted, int Topologies, int AnalyzerDiagnostics, string AnalyzerBreakdown);

    /// <summary>The source of file <paramref name="file"/>, the same text bench/gen-project writes; <paramref name="replicasOfFirst"/> edits the first Deployment.</summary>
    public static string Source(int services, int file, int replicasOfFirst = 2)
    {
        var text = new StringBuilder($"using InfraSdk;\n\nnamespace Bench;\n\n[Topology(Namespace = \"bench\")]\npublic static partial class Topology{file:00}\n{{\n");
        for (var i = file; i < services; i += Files)
        {
            var replicas = i == file ? replicasOfFirst : 2;
            text.Append($"    public static readonly Deployment App{i} = new(\"app-{i}\") {{ Replicas = {replicas}, Labels = {{ [\"app\"] = \"app-{i}\" }}, Container = new(\"nginx:1.27\") {{ Ports = {{ new(8080, \"http\") }} }} }};\n");
            text.Append($"    public static readonly NodePortService Svc{i} = new(\"app-{i}\") {{ Selector = {{ [\"app\"] = \"app-{i}\" }}, Ports = {{ new ServicePort(80, TargetPort: 8080, NodePort: {30000 + i}) }} }};\n");
        }

        return text.Append("}\n").ToString();
    }

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        typeof(InfraSdk.Analyzers.TopologyAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

    public static Result Run(int services, int repetitions, TextWriter? log = null)
    {
        var files = Math.Min(Files, Math.Max(1, services));
        var trees = Enumerable.Range(0, files)
            .Select(f => CSharpSyntaxTree.ParseText(Source(services, f), ParseOptions, path: $"Topologies/Topology{f:00}.cs"))
            .ToList();
        var compilation = CSharpCompilation.Create("Bench", trees, FrameworkReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: Nullable));
        var analyzers = Analyzers();
        var samples = new List<Sample>();

        Sample Add(string name, string goal, double goalMs)
        {
            var sample = new Sample(name, goal, goalMs, []);
            samples.Add(sample);
            return sample;
        }

        var first = Add("generator, first run (in memory)", "", 0);
        var incremental = Add("generator, incremental run after a one-declaration edit", "< 50 ms", 50);
        var whole = Add("analyzers, whole compilation (in memory, sequential)", "", 0);
        var document = Add("analyzer diagnostics of the edited document (CompilationWithAnalyzers, fresh compilation)", "< 200 ms", 200);
        var indexOnly = Add("the same with IS0001 alone (the shared index, no shared rules)", "", 0);
        var rangeOnly = ImmutableArray.Create(analyzers.First(a => a.GetType().Name == "NodePortRangeAnalyzer"));

        var reemitted = 0;
        var diagnostics = 0;
        var breakdown = string.Empty;
        for (var r = 0; r < repetitions; r++)
        {
            // A fresh compilation of freshly parsed trees each time, as in a new build: nothing bound, nothing to reuse.
            var fresh = CSharpCompilation.Create("Bench", trees.Select(tree => CSharpSyntaxTree.ParseText(tree.GetText(), ParseOptions, tree.FilePath)), FrameworkReferences.All, compilation.Options);
            var topology00 = fresh.SyntaxTrees.First();
            var stopwatch = Stopwatch.StartNew();
            var driver = NewDriver(track: false).RunGeneratorsAndUpdateCompilation(fresh, out var generated, out _);
            first.Milliseconds.Add(stopwatch.Elapsed.TotalMilliseconds);

            // One declaration of file 0 edited: a new compilation that shares the other trees.
            var edited = fresh.ReplaceSyntaxTree(topology00, topology00.WithChangedText(SourceText.From(Source(services, 0, replicasOfFirst: 3 + r))));
            stopwatch.Restart();
            driver = driver.RunGeneratorsAndUpdateCompilation(edited, out var editedGenerated, out _);
            incremental.Milliseconds.Add(stopwatch.Elapsed.TotalMilliseconds);

            // The analyzers over the whole compilation, as a build runs them.
            var withAnalyzers = generated.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
            stopwatch.Restart();
            var all = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            whole.Milliseconds.Add(stopwatch.Elapsed.TotalMilliseconds);
            diagnostics = all.Length;
            if (r == repetitions - 1)
            {
                var times = analyzers
                    .Select(a => (Name: a.GetType().Name, Time: withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime))
                    .OrderByDescending(t => t.Time)
                    .Take(5);
                breakdown = string.Join(", ", times.Select(t => $"{t.Name} {t.Time.TotalMilliseconds:0} ms"));
            }

            // The IDE's question after the edit: the diagnostics of that one document, on a compilation nobody has analyzed.
            var editedTree = editedGenerated.SyntaxTrees.First(tree => tree.FilePath == trees[0].FilePath);
            var ide = editedGenerated.WithAnalyzers(analyzers, new AnalyzerOptions([]));
            stopwatch.Restart();
            _ = ide.GetAnalyzerSemanticDiagnosticsAsync(editedGenerated.GetSemanticModel(editedTree), null, CancellationToken.None).GetAwaiter().GetResult();
            document.Milliseconds.Add(stopwatch.Elapsed.TotalMilliseconds);

            var editedAgain = editedGenerated.ReplaceSyntaxTree(editedTree, editedTree.WithChangedText(SourceText.From(editedTree.GetText().ToString() + " ")));
            var againTree = editedAgain.SyntaxTrees.First(tree => tree.FilePath == trees[0].FilePath);
            stopwatch.Restart();
            _ = editedAgain.WithAnalyzers(rangeOnly, new AnalyzerOptions([])).GetAnalyzerSemanticDiagnosticsAsync(editedAgain.GetSemanticModel(againTree), null, CancellationToken.None).GetAwaiter().GetResult();
            indexOnly.Milliseconds.Add(stopwatch.Elapsed.TotalMilliseconds);

            log?.WriteLine($"  run {r + 1}/{repetitions}: first {first.Milliseconds[^1]:0} ms, incremental {incremental.Milliseconds[^1]:0.0} ms, analyzers {whole.Milliseconds[^1]:0} ms, document {document.Milliseconds[^1]:0} ms");
        }

        // Which topologies the incremental run re-emitted, from the generator's tracked steps.
        {
            var tracked = NewDriver(track: true).RunGenerators(compilation);
            var edited = compilation.ReplaceSyntaxTree(trees[0], trees[0].WithChangedText(SourceText.From(Source(services, 0, replicasOfFirst: 9))));
            var steps = tracked.RunGenerators(edited).GetRunResult().Results[0].TrackedSteps[TrackingNamesEmissions];
            reemitted = steps.SelectMany(step => step.Outputs).Count(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        }

        return new Result(services, samples, reemitted, files, diagnostics, breakdown);
    }

    private const string TrackingNamesEmissions = "Emissions";

    private static GeneratorDriver NewDriver(bool track) =>
        CSharpGeneratorDriver.Create(
            [new TopologyGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>The figures as a Markdown table, each beside its goal.</summary>
    public static string Markdown(Result result)
    {
        var text = new StringBuilder();
        text.AppendLine($"| {result.Services:N0} Services + {result.Services:N0} Deployments, {result.Topologies} files | median | min | max | goal | |");
        text.AppendLine("|---|---:|---:|---:|---|---|");
        foreach (var sample in result.Samples)
        {
            text.AppendLine($"| {sample.Name} | {sample.Median:0.0} ms | {sample.Min:0.0} ms | {sample.Max:0.0} ms | {(sample.Goal.Length == 0 ? "-" : sample.Goal)} | {(sample.Goal.Length == 0 ? "" : sample.Met ? "met" : "**not met**")} |");
        }

        text.AppendLine($"| topologies re-emitted by the incremental run | {result.TopologiesReemitted} of {result.Topologies} | | | 1 | {(result.TopologiesReemitted == 1 ? "met" : "**not met**")} |");
        text.AppendLine();
        text.AppendLine($"Analyzer diagnostics over the whole compilation: {result.AnalyzerDiagnostics:N0}. Slowest analyzers (telemetry, last run): {result.AnalyzerBreakdown}.");
        return text.ToString();
    }
}
