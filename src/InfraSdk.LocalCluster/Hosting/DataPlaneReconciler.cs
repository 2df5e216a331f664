using InfraSdk.LocalCluster.Storage;
using Microsoft.Extensions.Logging;

namespace InfraSdk.LocalCluster.Hosting;

/// <summary>
/// Brings the controllers and the data plane to the stored state, like kube-controller-manager, kube-proxy and the
/// kubelet watching the API server: committed changes queue in commit order, and one loop runs one pass
/// (<paramref name="pass"/>) over everything queued so far (the last change of each object wins), so that concurrent
/// writers share one pass instead of taking turns. The task of
/// <see cref="Submit"/> completes once a pass that includes the changes has run. A data-plane failure is logged, not
/// returned: the write is already committed, as kube-proxy's troubles never fail an API request.
/// </summary>
internal sealed class DataPlaneReconciler(Func<IReadOnlyList<StoreChange>?, Task> pass, ILogger logger)
{
    private readonly Lock _gate = new();
    private List<StoreChange> _pending = [];
    private bool _rebuild;
    private TaskCompletionSource? _nextPass;
    private Task _loop = Task.CompletedTask;
    private bool _draining;

    /// <summary>Queues committed changes (null: rebuild everything, as after a node changed); call in commit order.</summary>
    public Task Submit(IReadOnlyList<StoreChange>? committed)
    {
        lock (_gate)
        {
            if (committed is null)
            {
                _rebuild = true;
            }
            else
            {
                _pending.AddRange(committed);
            }

            if (_nextPass is null)
            {
                _nextPass = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                if (!_draining)
                {
                    _draining = true;
                    _loop = Task.Run(DrainAsync);
                }
            }

            return _nextPass.Task;
        }
    }

    /// <summary>Completes when every pass queued so far has run.</summary>
    public Task Idle()
    {
        lock (_gate)
        {
            return _loop;
        }
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<StoreChange> batch;
            bool rebuild;
            TaskCompletionSource pass;
            lock (_gate)
            {
                if (_nextPass is null)
                {
                    _draining = false;
                    return;
                }

                (batch, rebuild, pass) = (_pending, _rebuild, _nextPass);
                (_pending, _rebuild, _nextPass) = ([], false, null);
            }

            await ReconcileAsync(rebuild ? null : LastOfEach(batch));
            pass.SetResult();
        }
    }

    private async Task ReconcileAsync(IReadOnlyList<StoreChange>? committed)
    {
        try
        {
            await pass(committed);
        }
        catch (ObjectDisposedException)
        {
            // The cluster is stopping.
        }
        catch (Exception error)
        {
            logger.LogWarning("The data plane could not reach the desired state: {Message}", error.Message);
        }
    }

    /// <summary>The batch with only the last change of each object, in commit order.</summary>
    private static List<StoreChange> LastOfEach(List<StoreChange> batch)
    {
        var last = new Dictionary<StoredObjectKey, int>();
        for (var i = 0; i < batch.Count; i++)
        {
            last[batch[i].Key] = i;
        }

        return [.. batch.Where((change, index) => last[change.Key] == index)];
    }
}
