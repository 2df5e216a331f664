using InfraSdk.Kubernetes;
using k8s;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>An open connection to a cluster; disposing it stops an embedded cluster unless it is kept.</summary>
internal sealed class ClusterConnection(
    IKubernetes client, Uri server, TimeSpan connectTimeout, ServerContact contact, string description, NodePortRange? knownRange, ILocalCluster? local) : IAsyncDisposable
{
    public IKubernetes Client { get; } = client;

    /// <summary>The API server's URL, as the kubeconfig gives it.</summary>
    public Uri Server { get; } = server;

    /// <summary>How long a new connection (TCP and TLS) may take.</summary>
    public TimeSpan ConnectTimeout { get; } = connectTimeout;

    /// <summary>Whether the API server has answered yet.</summary>
    public ServerContact Contact { get; } = contact;

    /// <summary>"context prod (https://10.0.0.1:6443)", without credentials.</summary>
    public string Description { get; } = description;

    /// <summary>The node-port range when the cluster tells it (an embedded cluster); the API does not.</summary>
    public NodePortRange? KnownRange { get; } = knownRange;

    public ILocalCluster? Local { get; } = local;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (Local is not null)
        {
            await Local.DisposeAsync();
        }
    }
}
