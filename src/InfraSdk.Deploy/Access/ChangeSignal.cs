using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Spectre.Console;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// Tells access --watch when to look again: at once when the API server's watch reports a changed Node or Service
/// (added, removed, annotated), and in any case every interval, since whether a node answers can change without an API
/// event. A server that answers watch with 405 Method Not Allowed (or another refusal) is re-listed every interval only;
/// that is said once. A watch that ends (a server closes them after a while) is started again.
/// </summary>
internal sealed class ChangeSignal : IAsyncDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    private readonly SemaphoreSlim _changed = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly IAnsiConsole _human;
    private readonly TimeSpan _interval;
    private readonly List<Task> _watches = [];
    private int _refusedNoted;

    public ChangeSignal(IKubernetes client, IAnsiConsole human, TimeSpan interval)
    {
        _human = human;
        _interval = interval;
        _watches.Add(WatchAsync("Nodes", async ct =>
            (await client.CoreV1.ListNodeAsync(limit: 1, cancellationToken: ct)).Metadata.ResourceVersion,
            (rv, ct) => client.CoreV1.WatchListNodeAsync(resourceVersion: rv, allowWatchBookmarks: false, cancellationToken: ct).Select(e => e.Item1)));
        _watches.Add(WatchAsync("Services", async ct =>
            (await client.CoreV1.ListServiceForAllNamespacesAsync(limit: 1, cancellationToken: ct)).Metadata.ResourceVersion,
            (rv, ct) => client.CoreV1.WatchListServiceForAllNamespacesAsync(resourceVersion: rv, allowWatchBookmarks: false, cancellationToken: ct).Select(e => e.Item1)));
    }

    /// <summary>Waits for a change (and a moment more, so that a burst of events makes one pass) or for the interval.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (await _changed.WaitAsync(_interval, cancellationToken))
        {
            await Task.Delay(Settle, cancellationToken);
        }

        while (_changed.CurrentCount > 0)
        {
            await _changed.WaitAsync(cancellationToken);
        }
    }

    private async Task WatchAsync(
        string what, Func<CancellationToken, Task<string>> latestVersion,
        Func<string, CancellationToken, IAsyncEnumerable<WatchEventType>> watch)
    {
        var ct = _stop.Token;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var version = await latestVersion(ct);
                await foreach (var type in watch(version, ct))
                {
                    if (type is not WatchEventType.Bookmark)
                    {
                        _changed.Release();
                    }
                }

                // The server closed the watch: look again, since an event may have been missed in between.
                _changed.Release();
            }
            catch (HttpOperationException error) when (error.Response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
            {
                if (Interlocked.Exchange(ref _refusedNoted, 1) == 0)
                {
                    _human.MarkupLine($"[grey]The API server does not offer watch ({(int)error.Response.StatusCode} for {what}); re-listing Nodes and Services every {Markup.Escape(Humanizer.TimeSpanHumanizeExtensions.Humanize(_interval))}.[/]");
                }

                return;
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                // A dropped connection or an expired resource version: the next interval re-lists anyway.
                _changed.Release();
                try
                {
                    await Task.Delay(_interval, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_watches);
        _stop.Dispose();
        _changed.Dispose();
    }
}
