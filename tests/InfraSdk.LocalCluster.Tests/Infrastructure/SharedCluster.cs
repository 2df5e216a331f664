namespace InfraSdk.LocalCluster.Tests.Infrastructure;

/// <summary>One cluster shared by the tests of a class (xunit class fixture), for tests that leave no trace.</summary>
public sealed class SharedCluster : IAsyncLifetime
{
    private RawApi? _api;

    public LocalCluster Cluster { get; private set; } = null!;

    internal RawApi Api => _api ??= new RawApi(Cluster);

    public async Task InitializeAsync() => Cluster = await LocalCluster.StartAsync();

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        await Cluster.DisposeAsync();
    }
}
