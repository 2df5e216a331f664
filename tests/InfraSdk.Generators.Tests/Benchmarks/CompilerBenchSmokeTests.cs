using InfraSdk.Benchmarks;

namespace InfraSdk.Generators.Tests.Benchmarks;

/// <summary>
/// Keeps bench/run's compiler harness compiling and running, at a tiny size. Not a benchmark: nothing here is timed
/// against a goal (bench/run does that at 100, 1,000 and 2,768 Services).
/// </summary>
public class CompilerBenchSmokeTests
{
    [Fact]
    public void The_compiler_harness_runs_at_a_tiny_size_and_the_edit_re_emits_one_topology()
    {
        var result = CompilerBench.Run(services: 3, repetitions: 1);

        Assert.Equal(3, result.Topologies);
        Assert.Equal(1, result.TopologiesReemitted);
        Assert.All(result.Samples, sample => Assert.Single(sample.Milliseconds));
        Assert.Contains("| generator, incremental run after a one-declaration edit |", CompilerBench.Markdown(result), StringComparison.Ordinal);
    }
}
