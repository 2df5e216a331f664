using System.CommandLine;
using System.Globalization;
using InfraSdk.ClusterBench;

// dotnet run -c Release --project bench/InfraSdk.ClusterBench -- SERVICES [REPLICAS] [NODES] [MAX_PODS] [CLIENTS] [RUNS] [STATE_ROOT]
// dotnet bench/InfraSdk.ClusterBench/bin/Release/net10.0/InfraSdk.ClusterBench.dll cluster start --state DIR ...
if (args is ["cluster", ..])
{
    // The embedded cluster as a process of its own, as an app host runs it: for the kill -9 durability tests.
    return await new RootCommand("The embedded cluster.") { InfraSdk.LocalCluster.LocalClusterCommand.Create() }.Parse(args).InvokeAsync();
}

if (args.Length is 0 or > 7 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var services))
{
    Console.Error.WriteLine("usage: InfraSdk.ClusterBench SERVICES [REPLICAS=2] [NODES=5] [MAX_PODS=1200] [CLIENTS=8] [RUNS=3] [STATE_ROOT=temp folder]");
    Console.Error.WriteLine("       InfraSdk.ClusterBench cluster start [options]   (the embedded cluster as its own process; --help)");
    return 2;
}

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var runs = Arg(5, 3);
var stateRoot = Path.Combine(args.Length > 6 ? args[6] : Path.GetTempPath(), "infrasdk-clusterbench-" + Guid.NewGuid().ToString("N"));
var memory = new BenchOptions(services, Arg(1, 2), Arg(2, 5), Arg(3, 1200), Arg(4, 8));
var allReady = true;
try
{
    foreach (var mode in new[] { memory, memory with { StateDirectory = stateRoot } })
    {
        var results = new List<BenchResult>();
        for (var run = 0; run < runs; run++)
        {
            var options = mode.StateDirectory is null ? mode : mode with { StateDirectory = Path.Combine(stateRoot, run.ToString(CultureInfo.InvariantCulture)) };
            results.Add(await ClusterBenchmark.RunAsync(options, TimeSpan.FromMinutes(10)));
            allReady &= results[^1].AllReady;
        }

        Console.WriteLine(ResultTable.Format(mode, results));
    }
}
finally
{
    if (Directory.Exists(stateRoot))
    {
        Directory.Delete(stateRoot, recursive: true);
    }
}

return allReady ? 0 : 1;
