
namespace InfraSdk.LocalCluster.Tests.Infrastructure;

/// <summary>A test class with a cluster of its own, started before its tests and stopped after them.</summary>
public abstract class ClusterTest : IAsyncLifetime
{
    private RawApi? _api;
    private k8s.Kubernetes? _client;

    protected LocalCluster Cluster { get; private set; } = null!;

    protected k8s.Kubernetes Client => _client ??= new k8s.Kubernetes(Cluster.ClientConfiguration);

    internal RawApi Api => _api ??= new RawApi(Cluster);

    protected virtual LocalClusterOptions Options => new();

    public async Task InitializeAsync() => Cluster = await LocalCluster.StartAsync(Options);

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        _client?.Dispose();
        await Cluster.DisposeAsync();
    }
}
