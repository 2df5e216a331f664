using System.Diagnostics;
using k8s;
using k8s.Models;

namespace InfraSdk.ClusterBench;

/// <summary>
/// Starts an embedded cluster, server-side applies every Service and Deployment from concurrent clients (each its own
/// KubernetesClient), lists Deployments and Endpoints until every Deployment is ready and every Service has a
/// ready endpoint (or the ready timeout passes), then applies everything again in update passes.
/// </summary>
public static class ClusterBenchmark
{
    private const string FieldManager = "infrasdk-bench";

    public static async Task<BenchResult> RunAsync(BenchOptions options, TimeSpan readyTimeout, CancellationToken cancellationToken = default)
    {
        await using var cluster = await LocalCluster.LocalCluster.StartAsync(new LocalCluster.LocalClusterOptions
        {
            Nodes = options.Nodes,
            MaxPodsPerNode = options.MaxPodsPerNode,
            StateDirectory = options.StateDirectory,
        }, cancellationToken);
        var clients = Enumerable.Range(0, options.Clients).Select(_ => new k8s.Kubernetes(cluster.ClientConfiguration)).ToList();
        try
        {
            var passTimes = new List<TimeSpan>();
            var cpu = TimeSpan.Zero;
            var clock = Stopwatch.StartNew();
            var writes = await TimedPassAsync(clients, options, round: 1, passTimes, cancellationToken);
            cpu += writes.Cpu;
            var allReady = await WaitReadyAsync(clients[0], options, clock, readyTimeout, cancellationToken);
            var timeToReady = clock.Elapsed - passTimes[0];
            for (var round = 2; round <= options.UpdatePasses + 1; round++)
            {
                cpu += (await TimedPassAsync(clients, options, round, passTimes, cancellationToken)).Cpu;
            }

            return new BenchResult(writes.Count, passTimes, cpu, timeToReady, allReady, Process.GetCurrentProcess().PeakWorkingSet64);
        }
        finally
        {
            clients.ForEach(client => client.Dispose());
        }
    }

    /// <summary>One pass of writes, timed: its wall time joins <paramref name="passTimes"/>; returns the writes and the CPU time.</summary>
    private static async Task<(int Count, TimeSpan Cpu)> TimedPassAsync(IReadOnlyList<k8s.Kubernetes> clients, BenchOptions options, int round, List<TimeSpan> passTimes, CancellationToken cancellationToken)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var count = await ApplyAllAsync(clients, options, round, cancellationToken);
        passTimes.Add(clock.Elapsed);
        process.Refresh();
        return (count, process.TotalProcessorTime - cpuBefore);
    }

    /// <summary>Applies every Service and Deployment, the clients taking the next write as they finish one.</summary>
    private static async Task<int> ApplyAllAsync(IReadOnlyList<k8s.Kubernetes> clients, BenchOptions options, int round, CancellationToken cancellationToken)
    {
        var writes = Enumerable.Range(0, options.Services)
            .SelectMany(index => new Func<k8s.Kubernetes, Task>[]
            {
                client => ApplyAsync(client, Manifests.Service(index, round), cancellationToken),
                client => ApplyAsync(client, Manifests.Deployment(index, options.Replicas, round), cancellationToken),
            })
            .ToList();
        var next = -1;
        await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            int mine;
            while ((mine = Interlocked.Increment(ref next)) < writes.Count)
            {
                await writes[mine](client);
            }
        }, cancellationToken)));
        return writes.Count;
    }

    private static Task ApplyAsync<T>(k8s.Kubernetes client, T obj, CancellationToken cancellationToken)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        var patch = new V1Patch(KubernetesJson.Serialize(obj), V1Patch.PatchType.ApplyPatch);
        return obj switch
        {
            V1Service service => client.CoreV1.PatchNamespacedServiceAsync(patch, service.Metadata.Name, "default", fieldManager: FieldManager, force: true, cancellationToken: cancellationToken),
            V1Deployment deployment => client.AppsV1.PatchNamespacedDeploymentAsync(patch, deployment.Metadata.Name, "default", fieldManager: FieldManager, force: true, cancellationToken: cancellationToken),
            _ => throw new ArgumentException($"The benchmark applies Services and Deployments, not {obj.Kind}.", nameof(obj)),
        };
    }

    private static async Task<bool> WaitReadyAsync(k8s.Kubernetes client, BenchOptions options, Stopwatch clock, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = clock.Elapsed + timeout;
        while (true)
        {
            var deployments = await client.AppsV1.ListNamespacedDeploymentAsync("default", cancellationToken: cancellationToken);
            var endpoints = await client.CoreV1.ListNamespacedEndpointsAsync("default", cancellationToken: cancellationToken);
            var ready = deployments.Items.Count(deployment => deployment.Status?.ReadyReplicas == options.Replicas);
            var served = endpoints.Items.Count(entry => entry.Metadata.Name != "kubernetes" && entry.Subsets?.Sum(subset => subset.Addresses?.Count ?? 0) > 0);
            if (ready == options.Services && served == options.Services)
            {
                return true;
            }

            if (clock.Elapsed > deadline)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
