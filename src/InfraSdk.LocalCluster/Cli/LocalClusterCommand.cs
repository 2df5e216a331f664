using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace InfraSdk.LocalCluster;

/// <summary>
/// The "cluster" command of an app host: "cluster start" runs a local cluster in the foreground until Ctrl+C or
/// SIGTERM, with its kubeconfig written where kubectl and "deploy" can find it.
/// </summary>
public static class LocalClusterCommand
{
    public const string DefaultKubeconfigPath = ".infrasdk/kubeconfig";

    public static Command Create()
    {
        var cluster = new Command("cluster", "Run an embedded Kubernetes cluster on this machine.");
        cluster.Subcommands.Add(CreateStart());
        return cluster;
    }

    private static Command CreateStart()
    {
        var nodes = new Option<int>("--nodes", "-n")
        {
            Description = "How many nodes; each listens on a loopback address of its own.",
            DefaultValueFactory = _ => 3,
        };
        nodes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 99)
            {
                result.AddError("--nodes must be between 1 and 99.");
            }
        });
        var maxPods = new Option<int>("--max-pods")
        {
            Description = "How many pods a node runs at most, as the kubelet's --max-pods; the rest stay Pending.",
            DefaultValueFactory = _ => DataPlane.NodePortDataPlane.DefaultMaxPodsPerNode,
        };
        maxPods.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-pods must be at least 1.");
            }
        });
        var range = new Option<string>("--node-port-range")
        {
            Description = "The Service node-port range, FIRST-LAST (kube-apiserver's --service-node-port-range).",
            DefaultValueFactory = _ => "30000-32767",
        };
        range.Validators.Add(result =>
        {
            if (!Kubernetes.NodePortRange.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError($"--node-port-range must be FIRST-LAST with ports from 1 to 65535, such as 30000-32767; \"{result.GetValueOrDefault<string>()}\" is not.");
            }
        });
        var state = new Option<string?>("--state")
        {
            Description = "A folder that keeps the cluster's objects across restarts (default: nothing is kept).",
        };
        var kubeconfig = new Option<string>("--kubeconfig")
        {
            Description = "Where to write the kubeconfig for kubectl and deploy.",
            DefaultValueFactory = _ => DefaultKubeconfigPath,
        };
        var apiFaults = new Option<double>("--api-faults")
        {
            Description = "The fraction (0 to 1) of write requests that fail with 500, 429 or a dropped connection, to test retries.",
        };
        apiFaults.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or > 1)
            {
                result.AddError("--api-faults must be a fraction between 0 and 1.");
            }
        });

        var releaseDelay = new Option<double>("--node-port-release-delay")
        {
            Description = "Seconds a nodePort freed by a delete stays allocated, as on HA control planes (\"provided port is already allocated\" meanwhile); 0 frees it at once.",
        };
        releaseDelay.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (>= 0 and <= 3600))
            {
                result.AddError("--node-port-release-delay must be a number of seconds from 0 to 3600.");
            }
        });

        var start = new Command("start", "Start a local cluster and keep it running until Ctrl+C.") { nodes, maxPods, range, state, kubeconfig, apiFaults, releaseDelay };
        start.SetAction(async (parseResult, cancellationToken) =>
        {
            var faultRate = parseResult.GetValue(apiFaults);
            var options = new LocalClusterOptions
            {
                Nodes = parseResult.GetValue(nodes),
                MaxPodsPerNode = parseResult.GetValue(maxPods),
                NodePortRange = parseResult.GetValue(range)!,
                StateDirectory = parseResult.GetValue(state),
                KubeconfigPath = Path.GetFullPath(parseResult.GetValue(kubeconfig)!),
                ApiFaults = faultRate > 0 ? new ApiFaults(faultRate) : null,
                NodePortReleaseDelay = TimeSpan.FromSeconds(parseResult.GetValue(releaseDelay)),
            };
            var output = parseResult.InvocationConfiguration;
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output.Output),
                Ansi = output.Output == Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
            });
            return await RunAsync(options, console, output.Error, cancellationToken);
        });
        return start;
    }

    private static async Task<int> RunAsync(LocalClusterOptions options, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        LocalCluster cluster;
        try
        {
            cluster = await LocalCluster.StartAsync(options, cancellationToken);
        }
        catch (Exception problem) when (problem is ArgumentException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync("cluster start failed: " + problem.Message);
            return 1;
        }

        await using (cluster)
        {
            Describe(console, cluster, options);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                console.MarkupLine("[grey]Stopping the cluster.[/]");
            }
        }

        return 0;
    }

    private static void Describe(IAnsiConsole console, LocalCluster cluster, LocalClusterOptions options)
    {
        console.MarkupLineInterpolated($"Local cluster API server: [bold]{cluster.ApiUrl}[/]");
        console.MarkupLineInterpolated($"Kubeconfig: [bold]{cluster.KubeconfigPath}[/]  (kubectl --kubeconfig {cluster.KubeconfigPath} get nodes)");
        console.MarkupLineInterpolated($"Node-port range: {cluster.NodePortRange}");
        console.MarkupLineInterpolated($"Pods per node: at most {options.MaxPodsPerNode}; the rest stay Pending");
        if (options.StateDirectory is { } state)
        {
            console.MarkupLineInterpolated($"State folder: {Path.GetFullPath(state)}");
        }

        if (options.ApiFaults is { } faults)
        {
            console.MarkupLineInterpolated($"API faults: {faults.Rate.ToString("P0", CultureInfo.InvariantCulture)} of writes fail");
        }

        if (options.NodePortReleaseDelay > TimeSpan.Zero)
        {
            console.MarkupLineInterpolated($"Node-port release delay: {options.NodePortReleaseDelay.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s after a delete");
        }

        var table = new Table().AddColumn("Node").AddColumn("InternalIP").AddColumn("Hostname");
        foreach (var node in cluster.Nodes)
        {
            table.AddRow(Markup.Escape(node.Name), node.InternalIP.ToString(), Markup.Escape(node.Hostname));
        }

        console.Write(table);
        console.MarkupLine("Press [bold]Ctrl+C[/] to stop.");
    }
}
