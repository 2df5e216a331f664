using InfraSdk.LocalCluster.Network;

namespace InfraSdk.LocalCluster.DataPlane;

/// <summary>The cluster's data plane: built-in pods for every Deployment replica, and kube-proxy's nodePorts.</summary>
internal sealed class NodePortDataPlane : IAsyncDisposable
{
    private readonly AddressBlock _addresses;

    public NodePortDataPlane(AddressBlock addresses) => _addresses = addresses;

    public IReadOnlyList<PodInfo> Pods { get; private set; } = [];

    public Task ApplyAsync(DesiredState desired, CancellationToken cancellationToken) =>
        throw new NotImplementedException($"Data plane for {_addresses} is being built.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
