using System.Collections.Immutable;
using System.Text;
using InfraSdk.Benchmarks;
using InfraSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace InfraSdk.Generators.Tests.Fuzzing;

/// <summary>
/// What the compiler makes of a case, as a build does it: the generator, then every InfraSdk analyzer over the
/// compilation with the generated code. <see cref="Crashes"/> lists every exception, reported (CS8785, AD0001) or
/// swallowed; <see cref="Output"/> is all the generator wrote and all the diagnostics, in a stable order;
/// <see cref="GeneratedCodeErrors"/> are the compiler errors of a project that compiles on its own once the generated
/// code is added to it.
/// </summary>
internal sealed record CompilerRun(IReadOnlyList<string> Crashes, string Output, IReadOnlyList<string> GeneratedCodeErrors)
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = CompilerBench.Analyzers();

    /// <summary>
    /// Compiles <paramref name="before"/>; then <paramref name="after"/> as an IDE gets it after an edit, with the same
    /// generator driver and the same trees for the files that did not change (so every cache is in play); then
    /// <paramref name="after"/> again from scratch, as a build does, for comparing the two outputs of the same sources.
    /// </summary>
    public static (CompilerRun Before, CompilerRun Edited, CompilerRun Fresh) Edit(FuzzCase before, FuzzCase after)
    {
        var options = new ProjectOptions(before);
        var driver = NewDriver(options);
        var compilation = TestCompilation.Create(before.Sources);
        var first = Run(compilation, options, ref driver, compileGenerated: true);

        var trees = compilation.SyntaxTrees.ToArray();
        for (var i = 0; i < trees.Length; i++)
        {
            if (after.Sources[i] != before.Sources[i])
            {
                compilation = compilation.ReplaceSyntaxTree(trees[i], trees[i].WithChangedText(SourceText.From(after.Sources[i])));
            }
        }

        var edited = Run(compilation, options, ref driver, compileGenerated: false);
        var fresh = NewDriver(options);
        return (first, edited, Run(TestCompilation.Create(after.Sources), options, ref fresh, compileGenerated: true));
    }

    private static GeneratorDriver NewDriver(ProjectOptions options) =>
        TestCompilation.Driver().AddAdditionalTexts(options.AdditionalFiles).WithUpdatedAnalyzerConfigOptions(options);

    /// <param name="compileGenerated">Whether to compile the project with the generated code, for <see cref="GeneratedCodeErrors"/>.</param>
    private static CompilerRun Run(Compilation compilation, ProjectOptions options, ref GeneratorDriver driver, bool compileGenerated)
    {
        var crashes = new List<string>();
        var output = new StringBuilder();
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
        var generatedCodeErrors = compileGenerated && !Errors(compilation).Any() ? Errors(generated).ToList() : [];
        return new CompilerRun(crashes, output.ToString(), generatedCodeErrors);
    }

    private static IEnumerable<string> Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString());

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
