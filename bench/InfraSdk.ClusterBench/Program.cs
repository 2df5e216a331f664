using System.Globalization;
using InfraSdk.ClusterBench;

// dotnet run -c Release --project bench/InfraSdk.ClusterBench -- SERVICES [REPLICAS] [NODES] [MAX_PODS] [CLIENTS] [STATE_DIR]
if (args.Length is 0 or > 6 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var services))
{
    Console.Error.WriteLine("usage: InfraSdk.ClusterBench SERVICES [REPLICAS=2] [NODES=5] [MAX_PODS=1200] [CLIENTS=8] [STATE_DIR]");
    return 2;
}

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var state = args.Length > 5 ? Path.Combine(args[5], Guid.NewGuid().ToString("N")) : null;
var options = new BenchOptions(services, Arg(1, 2), Arg(2, 5), Arg(3, 1200), Arg(4, 8), state);
try
{
    var result = await ClusterBenchmark.RunAsync(options, TimeSpan.FromMinutes(10));
    Console.WriteLine($"{options} => {result}");
    return result.AllReady ? 0 : 1;
}
finally
{
    if (state is not null && Directory.Exists(state))
    {
        Directory.Delete(state, recursive: true);
    }
}
