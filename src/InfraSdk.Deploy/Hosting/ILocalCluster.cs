using k8s.KubeConfigModels;

namespace InfraSdk.Deploy;

/// <summary>A running embedded cluster, as a command started it with <c>--local</c>; disposing it stops it.</summary>
public interface ILocalCluster : IAsyncDisposable
{
    /// <summary>The API server's URL.</summary>
    Uri ApiUrl { get; }

    /// <summary>Where the cluster wrote its kubeconfig.</summary>
    string KubeconfigPath { get; }

    /// <summary>The kubeconfig, with the token that may do everything.</summary>
    K8SConfiguration Kubeconfig { get; }

    /// <summary>The node-port range, FIRST-LAST.</summary>
    string NodePortRange { get; }
}
