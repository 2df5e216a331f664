using System.IO.Pipelines;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace InfraSdk.LocalCluster.Api.Watch;

/// <summary>
/// Serves ?watch=1 from the store's change feed, as kube-apiserver's cacher does: a 200 response streamed one event per
/// line until timeoutSeconds, the client leaving or the cluster stopping. A change is sent as the watcher's selector
/// sees it: an object that starts matching is ADDED, one that stops matching is DELETED. Failures after the response
/// has begun (a resourceVersion older than the watch cache: 410 Expired) go out as an ERROR event, as there.
/// </summary>
internal sealed class WatchServer(ObjectStore store, TimeProvider time)
{
    /// <summary>How many changes a watcher may fall behind the writers before it is ended; they are references, not copies.</summary>
    public const int WatcherBuffer = 10_000;

    private static readonly TimeSpan BookmarkFrequency = TimeSpan.FromMinutes(1);

    // Flushing after every event of a large backlog would make one network write each.
    private const int EventsPerFlush = 256;

    public async Task ServeAsync(HttpContext context, ResourceType type, string? ns, Func<JsonObject, bool> matches, Func<JsonObject, JsonObject> present, WatchOptions options, bool asTable)
    {
        var stopping = context.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        ended.CancelAfter(options.Timeout);
        var deadline = time.GetUtcNow() + options.Timeout;

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        var output = context.Response.BodyWriter;
        var current = long.Parse(store.CurrentResourceVersion, System.Globalization.CultureInfo.InvariantCulture);
        if (options.After > current)
        {
            WatchEventEncoder.Error(output, new ApiException(504, "Timeout", $"Too large resource version: {options.After}, current: {current}"));
            await output.FlushAsync(ended.Token);
            return;
        }

        var (watch, floor) = store.Watch(type.Plural, ns, options.StartsWithState, options.After, WatcherBuffer);
        if (watch is null)
        {
            WatchEventEncoder.Error(output, new ApiException(410, "Expired", $"too old resource version: {options.After} ({floor})"));
            await output.FlushAsync(ended.Token);
            return;
        }

        using (watch)
        {
            await using var bookmarks = options.AllowBookmarks ? new BookmarkTimer(() => store.RequestProgress(watch), deadline, BookmarkFrequency, time) : null;
            var encoder = new WatchEventEncoder(type, asTable, present, time);
            try
            {
                await output.FlushAsync(ended.Token);
                var sent = 0;
                foreach (var change in watch.Initial)
                {
                    Send(output, encoder, change, matches);
                    if (++sent % EventsPerFlush == 0 && (await output.FlushAsync(ended.Token)).IsCompleted)
                    {
                        return;
                    }
                }

                if (options.MarksInitialEventsEnd)
                {
                    WatchEventEncoder.Bookmark(output, type, watch.StartResourceVersion, endsInitialEvents: true);
                }

                await PumpAsync(output, encoder, watch, type, matches, options.AllowBookmarks, ended.Token);
            }
            catch (OperationCanceledException) when (ended.IsCancellationRequested)
            {
                // The watch timed out, its client left or the cluster is stopping: the stream just ends.
            }
        }
    }

    private static async Task PumpAsync(PipeWriter output, WatchEventEncoder encoder, StoreWatch watch, ResourceType type, Func<JsonObject, bool> matches, bool allowBookmarks, CancellationToken cancellationToken)
    {
        if ((await output.FlushAsync(cancellationToken)).IsCompleted)
        {
            return;
        }

        while (await watch.Changes.WaitToReadAsync(cancellationToken))
        {
            for (var sent = 0; sent < EventsPerFlush && watch.Changes.TryRead(out var change); sent++)
            {
                if (change.Type != StoreEventType.Progress)
                {
                    Send(output, encoder, change, matches);
                }
                else if (allowBookmarks)
                {
                    WatchEventEncoder.Bookmark(output, type, change.ResourceVersion, endsInitialEvents: false);
                }
            }

            if ((await output.FlushAsync(cancellationToken)).IsCompleted)
            {
                return;
            }
        }
    }

    /// <summary>cacheWatcher.convertToWatchEvent: what the change is to a watcher that sees only what its selector matches.</summary>
    private static void Send(PipeWriter output, WatchEventEncoder encoder, StoreEvent change, Func<JsonObject, bool> matches)
    {
        var matchesNow = change.Object is { } current && matches(current);
        var matchedBefore = change.Previous is { } previous && matches(previous);
        switch (matchesNow, matchedBefore)
        {
            case (true, false):
                encoder.Object(output, "ADDED", change);
                break;
            case (true, true):
                encoder.Object(output, "MODIFIED", change);
                break;
            case (false, true):
                encoder.Deleted(output, change);
                break;
        }
    }
}
