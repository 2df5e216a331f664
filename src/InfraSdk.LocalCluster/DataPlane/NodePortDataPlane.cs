using System.Net.Sockets;
using System.Runtime.ExceptionServices;
using InfraSdk.LocalCluster.DataPlane.Pods;
using InfraSdk.LocalCluster.DataPlane.Proxy;
using InfraSdk.LocalCluster.Network;

namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>
/// The cluster's data plane: a built-in pod for every Deployment replica, and kube-proxy's nodePorts on every
/// node's address (see <see cref="NodePortPlan"/> for the rules). <see cref="ApplyAsync"/> reconciles it with the
/// whole desired state; calls are serialized. Pods with readiness probes join their Services' endpoints when the
/// <see cref="ReadinessProber"/> finds them ready: a new pod's first probes run before <see cref="ApplyAsync"/> returns.
/// </summary>
internal sealed class NodePortDataPlane : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly PodFleet _pods;
    private readonly NodePortProxy _proxy = new();
    private readonly ReadinessProber _prober;
    private volatile IReadOnlyList<PodInfo> _podSnapshot = [];
    private DesiredState _desired = new([], [], []);
    private bool _disposed;

    public NodePortDataPlane(AddressBlock addresses, TimeProvider? time = null)
    {
        _pods = new PodFleet(addresses);
        _prober = new ReadinessProber(RefreshReadinessAsync, time ?? TimeProvider.System);
    }

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

            _desired = desired;
            await _prober.ProbeNewAsync(_pods.Running(), cancellationToken);
            await PublishAsync(cancellationToken);
            podFailure?.Throw();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The prober's loop may be waiting for the gate to publish a readiness change: stop it first.
        await _prober.DisposeAsync();
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

    /// <summary>The pods' readiness as the API reports it, and the nodePorts' backends.</summary>
    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        var running = _pods.Running();
        _podSnapshot = [.. running.Select(pod => pod.Info)];
        await _proxy.ReconcileAsync(NodePortPlan.Build(_desired, running), cancellationToken);
    }

    private async Task RefreshReadinessAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_disposed)
            {
                await PublishAsync(cancellationToken);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.Net.Sockets.SocketException)
        {
            // A nodePort that cannot be bound is reported by the next ApplyAsync.
        }
        finally
        {
            _gate.Release();
        }
    }
}
