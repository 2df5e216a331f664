using System.Net;
using Humanizer;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Spectre.Console;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// Tells access --watch when to look again: at once when the API server's watch reports a changed Node or Service
/// (added, removed, annotated), and in any case every interval, since whether a node answers can change without an API
/// event. A server that answers watch with 405 Method Not Allowed (or another refusal) is re-listed every interval only;
/// that is said once. A watch that ends (a server closes them after a while) resumes from the last resourceVersion seen
/// (bookmarks keep it fresh); one that expired (410 Gone) or failed starts afresh, and the cluster is looked at again.
/// </summary>
internal sealed class ChangeSignal : IAsyncDisposable
{
    /// <summary>How long a watch request asks to last; the next one resumes from the last resourceVersion seen.</summary>
    private const int WatchSeconds = 300;

    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(1);

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
            (rv, onError, ct) => client.CoreV1.WatchListNodeAsync(resourceVersion: rv, allowWatchBookmarks: true, timeoutSeconds: WatchSeconds, onError: onError, cancellationToken: ct)
                .Select(e => (e.Item1, e.Item2.Metadata?.ResourceVersion))));
        _watches.Add(WatchAsync("Services", async ct =>
            (await client.CoreV1.ListServiceForAllNamespacesAsync(limit: 1, cancellationToken: ct)).Metadata.ResourceVersion,
            (rv, onError, ct) => client.CoreV1.WatchListServiceForAllNamespacesAsync(resourceVersion: rv, allowWatchBookmarks: true, timeoutSeconds: WatchSeconds, onError: onError, cancellationToken: ct)
                .Select(e => (e.Item1, e.Item2.Metadata?.ResourceVersion))));
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
        Func<string, Action<Exception>, CancellationToken, IAsyncEnumerable<(WatchEventType Type, string? Version)>> watch)
    {
        var ct = _stop.Token;
        string? version = null;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                version ??= await latestVersion(ct);
                var expired = false;
                await foreach (var (type, seen) in watch(version, error => expired |= error is KubernetesException { Status.Code: (int)HttpStatusCode.Gone }, ct))
                {
                    version = seen ?? version;
                    if (type is WatchEventType.Added or WatchEventType.Modified or WatchEventType.Deleted)
                    {
                        _changed.Release();
                    }
                }

                // The server ended the watch: the next one resumes where it stopped, unless that version has expired
                // (410 Gone), when events may have been missed: look again.
                if (expired)
                {
                    version = null;
                    _changed.Release();
                }
            }
            catch (HttpOperationException error) when (error.Response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
            {
                if (Interlocked.Exchange(ref _refusedNoted, 1) == 0)
                {
                    _human.MarkupLine($"[grey]The API server does not offer watch ({(int)error.Response.StatusCode} for {what}); re-listing Nodes and Services every {Markup.Escape(_interval.Humanize())}.[/]");
                }

                return;
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                // A dropped connection or an expired version: start afresh after a pause, and look again meanwhile.
                version = null;
                _changed.Release();
                try
                {
                    await Task.Delay(RetryPause, ct);
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
