using System.Diagnostics;
using CsCheck;
using Xunit.Abstractions;

namespace InfraSdk.Generators.Tests.Fuzzing;

/// <summary>
/// Issue 10's compiler safety: generated and mutated projects never make the generator or an analyzer throw, and the
/// same project always gives the same output. A small run here; INFRASDK_LONG_FUZZ=1 runs 10,000 projects, and
/// INFRASDK_FUZZ_SEED replays the seed a failure printed.
/// </summary>
public class CompilerFuzzTests(ITestOutputHelper output)
{
    private static readonly bool Long = Environment.GetEnvironmentVariable("INFRASDK_LONG_FUZZ") == "1";

    /// <summary>A quarter of the projects as the grammar writes them, the rest broken by mutations.</summary>
    private static readonly Gen<FuzzCase> Cases = Gen.Frequency<FuzzCase>((1, Projects.Valid), (3, Projects.Valid.SelectMany(Mutations.Of)));

    [Fact]
    public void Generated_and_mutated_projects_never_crash_the_compiler_and_give_the_same_output_twice()
    {
        var projects = 0L;
        var files = 0L;
        var characters = 0L;
        var stopwatch = Stopwatch.StartNew();

        Cases.Sample(
            project =>
            {
                Interlocked.Increment(ref projects);
                Interlocked.Add(ref files, project.Sources.Length);
                Interlocked.Add(ref characters, project.Characters);

                var (first, second) = CompilerRun.Twice(project);

                Assert.Empty(first.Crashes);
                Assert.Empty(second.Crashes);
                Assert.Equal(first.Output, second.Output);
            },
            seed: Environment.GetEnvironmentVariable("INFRASDK_FUZZ_SEED"),
            iter: Long ? 10_000 : 300,
            threads: Environment.ProcessorCount,
            print: project => project.ToString());

        output.WriteLine($"{projects:N0} projects, {files:N0} source files, {characters:N0} characters, each compiled twice with the generator and {Analyzers} analyzers, in {stopwatch.Elapsed.TotalSeconds:N0} s; no exception.");
    }

    private static int Analyzers => InfraSdk.Benchmarks.CompilerBench.Analyzers().Length;
}
