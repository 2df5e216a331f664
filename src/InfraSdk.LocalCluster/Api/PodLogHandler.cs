using System.Globalization;
using System.Text;
using InfraSdk.LocalCluster.DataPlane.Pods;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Registry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InfraSdk.LocalCluster.Api;

/// <summary>
/// GET pods/{name}/log, as the kubelet serves it through the API server: the pod's log (one line per request and
/// datagram it served) as text, with tailLines, sinceSeconds, timestamps and limitBytes; follow=true keeps the
/// answer open and writes each new line until the pod stops, the client goes, or the cluster stops.
/// </summary>
internal sealed class PodLogHandler(ObjectRegistry registry, DataPlane.NodePortDataPlane dataPlane, TimeProvider time)
{
    public async Task WriteAsync(HttpContext context, ApiPath path)
    {
        var ns = path.Namespace ?? "";
        var pod = registry.Get(ResourceType.Pods, ns, path.Name!);
        var query = context.Request.Query;
        var containers = pod.Object("spec").Array("containers").Objects().Select(container => container.String("name") ?? "").ToList();
        var container = query["container"].ToString();
        if (container.Length == 0 && containers.Count > 1)
        {
            throw ApiException.BadRequest($"a container name must be specified for pod {pod.Name()}, choose one of: [{string.Join(' ', containers)}]");
        }

        container = container.Length == 0 ? containers.FirstOrDefault() ?? "" : container;
        if (!containers.Contains(container))
        {
            throw ApiException.BadRequest($"container {container} is not valid for pod {pod.Name()}");
        }

        if (query["previous"] == "true")
        {
            throw ApiException.BadRequest($"previous terminated container \"{container}\" in pod \"{pod.Name()}\" not found");
        }

        var owner = Controllers.OwnerReferences.ControllerName(pod, ResourceType.ReplicaSets.Kind) ?? "";
        var log = dataPlane.PodsOf(ns, owner).Running.FirstOrDefault(info => info.Name == pod.Name())?.Log
            ?? throw ApiException.BadRequest($"container \"{container}\" in pod \"{pod.Name()}\" is waiting to start: ContainerCreating");

        var timestamps = query["timestamps"] == "true";
        var lines = log.Since(0).AsEnumerable();
        if (Number(query["sinceSeconds"]) is { } sinceSeconds)
        {
            var since = time.GetUtcNow().AddSeconds(-sinceSeconds);
            lines = lines.Where(line => line.Time >= since);
        }

        if (Number(query["tailLines"]) is { } tail)
        {
            var kept = lines.ToList();
            lines = kept.Skip(Math.Max(0, kept.Count - (int)Math.Min(tail, int.MaxValue)));
        }

        var limit = Number(query["limitBytes"]) ?? long.MaxValue;
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/plain";
        var last = 0L;
        foreach (var line in lines)
        {
            last = line.Number;
            limit = await WriteLineAsync(context, line, timestamps, limit);
        }

        if (query["follow"] != "true")
        {
            return;
        }

        var stopping = context.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        await context.Response.Body.FlushAsync(done.Token);
        try
        {
            while (!log.IsClosed && limit > 0)
            {
                var wait = log.WaitAsync(done.Token);
                foreach (var line in log.Since(last))
                {
                    last = line.Number;
                    limit = await WriteLineAsync(context, line, timestamps, limit);
                }

                await context.Response.Body.FlushAsync(done.Token);
                await wait;
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
            // The client went away, or the cluster is stopping.
        }
    }

    /// <summary>Writes one line within the byte limit left; returns what is left of it.</summary>
    private static async Task<long> WriteLineAsync(HttpContext context, PodLogLine line, bool timestamps, long limit)
    {
        if (limit <= 0)
        {
            return 0;
        }

        var text = timestamps ? $"{line.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)} {line.Text}\n" : line.Text + "\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var shown = (int)Math.Min(bytes.Length, limit);
        await context.Response.Body.WriteAsync(bytes.AsMemory(0, shown), context.RequestAborted);
        return limit - shown;
    }

    private static long? Number(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
