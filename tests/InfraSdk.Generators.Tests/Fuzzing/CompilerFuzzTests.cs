using System.Collections.Concurrent;
using System.Diagnostics;
using CsCheck;
using InfraSdk.Generators.Tests.Extraction;
using InfraSdk.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace InfraSdk.Generators.Tests.Fuzzing;

/// <summary>
/// Issue 10's compiler safety: generated projects and mutations of them never make the generator or an analyzer
/// throw, a project gives the same output whether it is compiled after an edit (caches in play) or from scratch, a
/// project that compiles on its own still compiles with the generated code, and the literal reader reads every
/// declaration it reads at all as the binding reader does.
/// A small run here; INFRASDK_LONG_FUZZ=1 runs 10,000 edits (20,000 projects), and CsCheck_Seed=&lt;seed&gt; replays the seed a
/// failure printed.
/// </summary>
public class CompilerFuzzTests(ITestOutputHelper output)
{
    private static readonly bool Long = Environment.GetEnvironmentVariable("INFRASDK_LONG_FUZZ") == "1";

    /// <summary>An edit between a project as the grammar writes it and a mutation of it, one way or the other.</summary>
    private static readonly Gen<(FuzzCase Before, FuzzCase After)> Edits =
        Gen.Select(Projects.Valid.SelectMany(valid => Mutations.Of(valid).Select(mutated => (valid, mutated))), Gen.Bool, (pair, breaking) => breaking ? pair : (pair.mutated, pair.valid));

    [Fact]
    public void Generated_and_mutated_projects_never_crash_the_compiler_and_give_the_same_output_after_an_edit_as_from_scratch_and_the_readers_agree()
    {
        var edits = 0L;
        var files = 0L;
        var characters = 0L;
        var declarations = 0L;
        var literal = 0L;
        var disagreements = new ConcurrentQueue<ReaderComparison>();
        var stopwatch = Stopwatch.StartNew();

        Edits.Sample(
            (before, after) =>
            {
                Interlocked.Increment(ref edits);
                Interlocked.Add(ref files, before.Sources.Length + after.Sources.Length);
                Interlocked.Add(ref characters, before.Characters + after.Characters);

                var (compiled, edited, fresh) = CompilerRun.Edit(before, after);

                Assert.Empty(compiled.Crashes.Concat(edited.Crashes).Concat(fresh.Crashes));
                Assert.Equal(fresh.Output, edited.Output);
                Assert.Empty(compiled.GeneratedCodeErrors.Concat(fresh.GeneratedCodeErrors));

                foreach (var project in new[] { before, after })
                {
                    var comparisons = ReaderComparison.Of(TestCompilation.Create(project.Sources));
                    Interlocked.Add(ref declarations, comparisons.Count);
                    Interlocked.Add(ref literal, comparisons.Count(c => c.Literal is not null));
                    foreach (var disagreement in comparisons.Where(c => !c.Agrees))
                    {
                        disagreements.Enqueue(disagreement);
                    }
                }
            },
            iter: Long ? 10_000 : 150,
            threads: Environment.ProcessorCount,
            print: edit => $"// before\n{edit.Item1}\n// after\n{edit.Item2}");

        output.WriteLine($"{edits:N0} edits: {2 * edits:N0} projects, {files:N0} source files, {characters:N0} characters; "
            + $"each edit compiled three times with the generator and {InfraSdk.Benchmarks.CompilerBench.Analyzers().Length} analyzers, in {stopwatch.Elapsed.TotalSeconds:N0} s; no exception. "
            + $"{declarations:N0} declarations read by both readers, {literal:N0} of them by the literal reader, {disagreements.Count:N0} disagreements.");
        Assert.True(disagreements.IsEmpty, string.Join("\n", disagreements));
    }
}
