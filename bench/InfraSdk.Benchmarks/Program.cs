using BenchmarkDotNet.Running;
using InfraSdk.Benchmarks;

// `compiler <services> [repetitions]`: the stopwatch figures bench/run records (Markdown on stdout, progress on stderr).
// Anything else goes to BenchmarkDotNet (e.g. `--filter *GeneratorBenchmarks*`).
if (args is ["compiler", var size, ..])
{
    var repetitions = args.Length > 2 ? int.Parse(args[2]) : 5;
    var result = CompilerBench.Run(int.Parse(size), repetitions, Console.Error);
    Console.Write(CompilerBench.Markdown(result));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
