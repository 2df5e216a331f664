using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using InfraSdk.LocalCluster.DataPlane.Pods;
using InfraSdk.LocalCluster.DataPlane.Proxy;
using InfraSdk.LocalCluster.Network;

namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>
/// The cluster's data plane: a built-in pod for every Deployment replica, and kube-proxy's nodePorts on every
/// node's address (see <see cref="NodePortPlan"/> for the rules). <see cref="ApplyAsync"/> reconciles it with the
/// whole desired state; calls are serialized.
/// </summary>
internal sealed class NodePortDataPlane(AddressBlock addresses) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly PodFleet _pods = new(addresses);
    private readonly NodePortProxy _proxy = new();
    private volatile IReadOnlyList<PodInfo> _podSnapshot = [];
    private bool _disposed;

    /// <summary>The running pods, as of the last <see cref="ApplyAsync"/>.</summary>
    public IReadOnlyList<PodInfo> Pods => _podSnapshot;

    public async Task ApplyAsync(DesiredState desired, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);

            // Pods that could not start (the block is full, a port is taken) are reported once the nodePorts
            // match the pods that did start.
            ExceptionDispatchInfo? podFailure = null;
            try
            {
                await _pods.ReconcileAsync(desired.Nodes, desired.Deployments);
            }
            catch (Exception exception) when (exception is InvalidOperationException or SocketException)
            {
                podFailure = ExceptionDispatchInfo.Capture(exception);
            }

            var running = _pods.Running();
            _podSnapshot = [.. running.Select(pod => pod.Info)];
            await _proxy.ReconcileAsync(NodePortPlan.Build(desired, running), cancellationToken);
            podFailure?.Throw();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            await _proxy.DisposeAsync();
            await _pods.DisposeAsync();
            _podSnapshot = [];
        }
        finally
        {
            _gate.Release();
        }
    }
}
