using System.Globalization;
using InfraSdk.RunnerBench;

// dotnet run -c Release --project bench/InfraSdk.RunnerBench -- probe 2768 [--nodes 5] [--concurrency 32,64,128,256] [--repeats 3] [--udp]
// dotnet run -c Release --project bench/InfraSdk.RunnerBench -- parallel 200 [--parallel 1,4,8,16,32]
// dotnet run -c Release --project bench/InfraSdk.RunnerBench -- compare 100 1000 2768 [--parallel 16]
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: probe|parallel|compare SIZE... [--nodes N] [--concurrency A,B] [--parallel A,B] [--repeats R]");
    return 2;
}

if (args[0] == "app")
{
    // The benchmark topology as a topology project's app host: `app N deploy --kubeconfig K ...`.
    var exit = await InfraSdk.Deploy.InfraApp.RunAsync(args[2..], new InfraSdk.LocalCluster.LocalClusterSupport(), Topologies.Services(int.Parse(args[1], CultureInfo.InvariantCulture)));
    await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{ApplyBench.CpuCue}{System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds}"));
    return exit;
}

var sizes = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(int.Parse).ToList();
var nodes = int.Parse(Option("--nodes") ?? "5", CultureInfo.InvariantCulture);
var repeats = int.Parse(Option("--repeats") ?? "3", CultureInfo.InvariantCulture);
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:u}");
switch (args[0])
{

    case "probe":
        foreach (var size in sizes)
        {
            await ProbeBench.RunAsync(size, nodes, Ints(Option("--concurrency") ?? "32,64,128,256"), repeats, udp: args.Contains("--udp"));
        }

        break;
    case "parallel":
        await ApplyBench.DeployAsync(5, 4);
        foreach (var size in sizes)
        {
            Console.WriteLine($"deploy apply time, {size} Services + {size} Deployments (0 replicas), fresh 5-node embedded cluster per run");
            Console.WriteLine("parallel  seconds  objects/s");
            foreach (var parallel in Ints(Option("--parallel") ?? "1,4,8,16,32"))
            {
                var time = await ApplyBench.DeployAsync(size, parallel);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{parallel,8}  {time.TotalSeconds,7:0.00}  {(2 * size + 1) / time.TotalSeconds,9:0.0}"));
            }
        }

        break;
    case "compare":
        var chosen = int.Parse(Option("--parallel") ?? "0", CultureInfo.InvariantCulture);
        ApplyBench.OwnProcess = args.Contains("--process");
        ApplyBench.ProcessEnvironment = args.Zip(args.Skip(1)).Where(pair => pair.First == "--env").Select(pair => pair.Second.Split('=', 2))
            .Select(parts => KeyValuePair.Create(parts[0], parts[1])).ToList();
        // Warm-up, not measured: the first run in this process would pay the JIT of the app host and of the embedded cluster.
        await ApplyBench.DeployAsync(5, 4);
        await ApplyBench.KubectlAsync(5);
        Console.WriteLine("Services  objects  deploy s  kubectl s  ratio  goal(<=0.5x)" + (ApplyBench.OwnProcess ? "  deploy process CPU s (wait, verify included)" : ""));
        foreach (var size in sizes)
        {
            var deploy = await ApplyBench.DeployAsync(size, chosen == 0 ? DefaultParallel() : chosen);
            var cpu = ApplyBench.LastProcessCpu is { } used ? string.Create(CultureInfo.InvariantCulture, $"  {used.TotalSeconds,8:0.00}") : "";
            var kubectl = await ApplyBench.KubectlAsync(size);
            var ratio = deploy / kubectl;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,8}  {2 * size + 1,7}  {deploy.TotalSeconds,8:0.00}  {kubectl.TotalSeconds,9:0.00}  {ratio,5:0.00}  {(ratio <= 0.5 ? "met" : "NOT met"),-12}{cpu}"));
        }

        break;
    default:
        Console.Error.WriteLine($"unknown benchmark {args[0]}");
        return 2;
}

return 0;

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static List<int> Ints(string text) => text.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

static int DefaultParallel() => new InfraSdk.Deploy.Commands.CommandOptions().Parallel.GetDefaultValue() is int p ? p : 4;
