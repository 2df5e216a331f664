using System.Diagnostics;
using System.Net;
using InfraSdk.LocalCluster.Tests.Infrastructure;
using k8s;
using k8s.Models;

namespace InfraSdk.LocalCluster.Tests.Durability;

/// <summary>
/// Concurrent writers against one API server until it dies or the writes run out: NodePort Services with automatic
/// and pinned nodePorts, LoadBalancer Services with a healthCheckNodePort, ConfigMaps, Deployments, annotations added
/// to acknowledged ConfigMaps (merge patches), and deletes of acknowledged Services, each answer entered in the ledger. Bounded by <paramref name="writes"/> and a deadline.
/// Past <see cref="MaxLiveServices"/> Services every Service write is a delete, so that long runs never fill the
/// node-port range (where "range is full" is the right answer, not a fault).
/// </summary>
internal sealed class WriteStream(RawApi api, WriteLedger ledger, string prefix, int writes, int seed)
{
    private const string Services = "/api/v1/namespaces/default/services";
    private const int MaxLiveServices = 1200;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private int _next = -1;

    /// <summary>How many writes were sent.</summary>
    public int Sent => Math.Min(Volatile.Read(ref _next) + 1, writes);

    public Task RunAsync(int writers) => Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(() => WriterAsync(new Random(seed + writer)))));

    private async Task WriterAsync(Random random)
    {
        var clock = Stopwatch.StartNew();
        int index;
        while ((index = Interlocked.Increment(ref _next)) < writes && clock.Elapsed < Deadline)
        {
            if (!await WriteAsync(index, random))
            {
                return;
            }
        }
    }

    /// <summary>One write; false once the server is gone.</summary>
    private async Task<bool> WriteAsync(int index, Random random)
    {
        var name = $"{prefix}-{index}";
        switch (index % 10)
        {
            case 0 or 1 or 2 or 3 or 4 or 5 or 6 when ledger.LiveServices > MaxLiveServices:
                return await DeleteOneAsync();
            case 0 or 1 or 2 or 3:
                return await CreateAsync("services", Services, name, Objects.NodePortService(name, Objects.Port("http", 80)));
            case 4 or 5:
                var pinned = 30000 + random.Next(2768);
                ledger.Requested(pinned);
                return await CreateAsync("services", Services, name, Objects.NodePortService(name, Objects.Port("http", 80, pinned)));
            case 6:
                var local = Objects.NodePortService(name, Objects.Port("http", 80));
                local.Spec.Type = "LoadBalancer";
                local.Spec.ExternalTrafficPolicy = "Local";
                return await CreateAsync("services", Services, name, local);
            case 7:
                return await CreateAsync("configmaps", "/api/v1/namespaces/default/configmaps", name, new V1ConfigMap { Metadata = new() { Name = name }, Data = new Dictionary<string, string> { ["index"] = $"{index}" } });
            case 8 when index % 20 == 8:
                return await CreateAsync("deployments", "/apis/apps/v1/namespaces/default/deployments", name, Objects.Deployment(name, 1));
            case 8:
                return ledger.PickConfigMap() is not { } configMap || await AnnotateAsync(configMap, name);
            default:
                return await DeleteOneAsync();
        }
    }

    private async Task<bool> CreateAsync(string resource, string path, string name, object body)
    {
        RawApi.Response answer;
        try
        {
            answer = await api.PostAsync(path, KubernetesJson.Serialize(body));
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            ledger.WriteUnanswered(resource, name, serverError: false);
            return false;
        }

        if (answer.Status == HttpStatusCode.Created)
        {
            ledger.CreateAcknowledged(resource, name, answer.Body!);
        }
        else if ((int)answer.Status >= 500)
        {
            ledger.WriteUnanswered(resource, name, serverError: true);
        }
        else
        {
            ledger.WriteRefused();
        }

        return true;
    }

    /// <summary>Adds the annotation <paramref name="key"/> to a ConfigMap.</summary>
    private async Task<bool> AnnotateAsync(string configMap, string key)
    {
        try
        {
            var answer = await api.PatchAsync($"/api/v1/namespaces/default/configmaps/{configMap}", $$$$"""{"metadata":{"annotations":{"{{{{key}}}}":"1"}}}""", "application/merge-patch+json");
            if (answer.Status == HttpStatusCode.OK)
            {
                ledger.AnnotationAcknowledged(configMap, key);
            }
            else
            {
                ledger.WriteUnanswered("configmaps", configMap, serverError: true);
            }
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return false;
        }

        return true;
    }

    /// <summary>Deletes an acknowledged Service, if there is one.</summary>
    private async Task<bool> DeleteOneAsync() => ledger.ClaimServiceToDelete() is not { } doomed || await DeleteAsync(doomed);

    private async Task<bool> DeleteAsync(string name)
    {
        try
        {
            var answer = await api.DeleteAsync($"{Services}/{name}");
            if (answer.Status != HttpStatusCode.OK)
            {
                ledger.WriteUnanswered("services", name, serverError: true);
                return true;
            }
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            ledger.WriteUnanswered("services", name, serverError: false);
            return false;
        }

        ledger.DeleteAcknowledged(name);
        return true;
    }
}
