using System.Collections.Immutable;
using System.Text;
using InfraSdk.Benchmarks;
using InfraSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace InfraSdk.Generators.Tests.Fuzzing;

/// <summary>
/// What the compiler makes of a case, as a build does it: the generator, then every InfraSdk analyzer over the
/// compilation with the generated code. <see cref="Crashes"/> lists every exception, reported (CS8785, AD0001) or
/// swallowed; <see cref="Output"/> is all the generator wrote and all the diagnostics, in a stable order.
/// </summary>
internal sealed record CompilerRun(IReadOnlyList<string> Crashes, string Output)
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = CompilerBench.Analyzers();

    /// <summary>
    /// Runs <paramref name="project"/> twice, each time on freshly parsed sources: first with a new generator driver,
    /// then with that driver again, as an IDE re-runs it (its caches in play).
    /// </summary>
    public static (CompilerRun First, CompilerRun Second) Twice(FuzzCase project)
    {
        var options = new ProjectOptions(project);
        var driver = TestCompilation.Driver().AddAdditionalTexts(options.AdditionalFiles).WithUpdatedAnalyzerConfigOptions(options);
        var first = Run(project, options, ref driver);
        var second = Run(project, options, ref driver);
        return (first, second);
    }

    private static CompilerRun Run(FuzzCase project, ProjectOptions options, ref GeneratorDriver driver)
    {
        var crashes = new List<string>();
        var output = new StringBuilder();
        var compilation = TestCompilation.Create(project.Sources);
        var current = driver;
        Compilation generated = compilation;
        crashes.AddRange(SwallowedExceptions.During(() =>
        {
            current = current.RunGeneratorsAndUpdateCompilation(compilation, out generated, out _);
            var run = current.GetRunResult();
            foreach (var result in run.Results)
            {
                if (result.Exception is { } exception)
                {
                    crashes.Add("generator: " + exception);
                }

                foreach (var source in result.GeneratedSources.OrderBy(source => source.HintName, StringComparer.Ordinal))
                {
                    output.Append("// ").AppendLine(source.HintName).AppendLine(source.SourceText.ToString());
                }
            }

            Append(output, run.Diagnostics, crashes, "CS8785");
            Append(output, Analyze(generated, options, crashes), crashes, "AD0001");
        }));
        driver = current;
        return new CompilerRun(crashes, output.ToString());
    }

    private static ImmutableArray<Diagnostic> Analyze(Compilation compilation, ProjectOptions options, List<string> crashes)
    {
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(options.AdditionalFiles, options),
            onAnalyzerException: (exception, analyzer, _) =>
            {
                lock (crashes)
                {
                    crashes.Add($"{analyzer.GetType().Name}: {exception}");
                }
            },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        return compilation.WithAnalyzers(Analyzers, analyzerOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    /// <summary>Appends the diagnostics in a stable order; one with <paramref name="crashId"/> is a crash.</summary>
    private static void Append(StringBuilder output, ImmutableArray<Diagnostic> diagnostics, List<string> crashes, string crashId)
    {
        foreach (var diagnostic in diagnostics.Select(diagnostic => (diagnostic.Id, Text: diagnostic.ToString())).OrderBy(d => d.Text, StringComparer.Ordinal))
        {
            if (diagnostic.Id == crashId)
            {
                crashes.Add(diagnostic.Text);
            }

            output.AppendLine(diagnostic.Text);
        }
    }
}
