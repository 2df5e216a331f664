using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>
/// The objects of one resource in one namespace kept current as an informer keeps them: a list, then a watch from its
/// resourceVersion (with bookmarks), resumed from the last resourceVersion seen whenever the server ends it, and a new
/// list when the server answers 410 Expired because that resourceVersion has left its watch cache.
/// </summary>
internal sealed class ListWatch<T>(
    Func<CancellationToken, Task<(IReadOnlyList<T> Items, string ResourceVersion)>> list,
    Func<string, Action<Exception>, CancellationToken, IAsyncEnumerable<(WatchEventType Type, T Object)>> watch,
    Action<IReadOnlyList<T>> listed,
    Action<WatchEventType, T> changed,
    TimeProvider time)
    where T : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>How long a watch request asks to last (timeoutSeconds); the next one resumes where it ended.</summary>
    public const int WatchSeconds = 60;

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>Runs until cancelled; throws <see cref="WatchUnavailableException"/> when the server refuses to watch.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        string? resourceVersion = null;
        var watched = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (resourceVersion is null)
            {
                var (items, version) = await list(cancellationToken);
                listed(items);
                resourceVersion = version;
            }

            // A failure once the stream has begun comes as an ERROR event carrying a Status, handed to this callback.
            var expired = false;
            void OnError(Exception error) => expired |= error is KubernetesException { Status.Code: (int)HttpStatusCode.Gone };
            try
            {
                await foreach (var (type, obj) in watch(resourceVersion, OnError, cancellationToken).WithCancellation(cancellationToken))
                {
                    watched = true;
                    resourceVersion = obj.Metadata?.ResourceVersion ?? resourceVersion;
                    if (type is WatchEventType.Added or WatchEventType.Modified or WatchEventType.Deleted)
                    {
                        changed(type, obj);
                    }
                }

                watched = true;
            }
            catch (HttpOperationException error) when (error.Response.StatusCode == HttpStatusCode.Gone)
            {
                expired = true;
            }
            catch (HttpOperationException error) when (!watched)
            {
                throw new WatchUnavailableException($"The API server refused to watch {typeof(T).Name} ({(int)error.Response.StatusCode}).", error);
            }
            catch (Exception error) when (error is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(RetryDelay, time, cancellationToken);
            }

            if (expired)
            {
                resourceVersion = null;
            }
        }
    }
}
