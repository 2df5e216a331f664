using InfraSdk.LocalCluster;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>A local cluster started as <c>cluster start --kubeconfig K</c> would, with its kubeconfig written to a file of its own.</summary>
internal sealed class TestCluster : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;

    private TestCluster(LocalCluster.LocalCluster cluster, DirectoryInfo folder)
    {
        Cluster = cluster;
        _folder = folder;
    }

    public LocalCluster.LocalCluster Cluster { get; }

    public string Kubeconfig => Cluster.KubeconfigPath;

    public k8s.Kubernetes Client() => new(Cluster.ClientConfiguration);

    public static async Task<TestCluster> StartAsync(ApiFaults? faults = null, int? maxPodsPerNode = null)
    {
        var folder = Directory.CreateTempSubdirectory("infrasdk-deploy-tests-");
        var defaults = new LocalClusterOptions();
        var cluster = await LocalCluster.LocalCluster.StartAsync(new LocalClusterOptions
        {
            KubeconfigPath = Path.Combine(folder.FullName, "kubeconfig"),
            ApiFaults = faults,
            MaxPodsPerNode = maxPodsPerNode ?? defaults.MaxPodsPerNode,
        });
        return new TestCluster(cluster, folder);
    }

    /// <summary>Runs a command with --kubeconfig pointing at this cluster.</summary>
    public Task<CliResult> RunAsync(TopologyManifests topology, params string[] args) =>
        Cli.RunAsync([topology], [.. args, "--kubeconfig", Kubeconfig]);

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
