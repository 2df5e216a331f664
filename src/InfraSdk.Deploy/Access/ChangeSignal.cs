using Humanizer;
using InfraSdk.Deploy.ClusterAccess;
using k8s;
using k8s.Autorest;
using k8s.Models;
using Spectre.Console;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// Tells access --watch when to look again: at once when the API server's watch reports a changed Node or Service
/// (added, removed, annotated), and in any case every interval, since whether a node answers can change without an API
/// event. A server that refuses to watch (405 Method Not Allowed, say) is re-listed every interval only; that is said
/// once. The watches are <see cref="ListWatch{T}"/>s whose lists read only the resourceVersion: a new list, after 410
/// Expired, means events may have been missed, so it signals too; any other failure starts afresh after a pause.
/// </summary>
internal sealed class ChangeSignal : IAsyncDisposable
{
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
        _watches.Add(FollowAsync("Nodes", listed => new ListWatch<V1Node>(
            async ct => ([], (await client.CoreV1.ListNodeAsync(limit: 1, cancellationToken: ct)).Metadata.ResourceVersion),
            (version, onError, ct) => client.CoreV1.WatchListNodeAsync(
                resourceVersion: version, allowWatchBookmarks: true, timeoutSeconds: ListWatch<V1Node>.WatchSeconds, onError: onError, cancellationToken: ct),
            _ => listed(),
            (_, _) => _changed.Release(),
            TimeProvider.System)));
        _watches.Add(FollowAsync("Services", listed => new ListWatch<V1Service>(
            async ct => ([], (await client.CoreV1.ListServiceForAllNamespacesAsync(limit: 1, cancellationToken: ct)).Metadata.ResourceVersion),
            (version, onError, ct) => client.CoreV1.WatchListServiceForAllNamespacesAsync(
                resourceVersion: version, allowWatchBookmarks: true, timeoutSeconds: ListWatch<V1Service>.WatchSeconds, onError: onError, cancellationToken: ct),
            _ => listed(),
            (_, _) => _changed.Release(),
            TimeProvider.System)));
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

    /// <summary>Runs a watch until disposed; every list after the first signals, since the pass already looked at the first.</summary>
    private async Task FollowAsync<T>(string what, Func<Action, ListWatch<T>> create)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        var ct = _stop.Token;
        var lists = 0;
        var watch = create(() =>
        {
            if (lists++ > 0)
            {
                _changed.Release();
            }
        });
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await watch.RunAsync(ct);
            }
            catch (WatchUnavailableException error)
            {
                if (Interlocked.Exchange(ref _refusedNoted, 1) == 0)
                {
                    var status = error.InnerException is HttpOperationException { Response: { } response } ? $"{(int)response.StatusCode} for {what}" : what;
                    _human.MarkupLine($"[grey]The API server does not offer watch ({Markup.Escape(status)}); re-listing Nodes and Services every {Markup.Escape(_interval.Humanize())}.[/]");
                }

                return;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // A failed list or a dropped connection: look again, and start afresh after a pause.
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
