using InfraSdk.Deploy.Hosting;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster;
using k8s;
using k8s.Exceptions;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>Opens the cluster a command asked for: an embedded one, or the kubeconfig's, through KubernetesClient.</summary>
internal static class ClusterConnector
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public static async Task<ClusterConnection> ConnectAsync(ClusterChoice choice, AppConsole console, SecretRedactor redactor, CancellationToken cancellationToken)
    {
        if (choice.Local)
        {
            var cluster = await LocalCluster.LocalCluster.StartAsync(new LocalClusterOptions(), cancellationToken);
            KubeconfigSecrets.Register(cluster.Kubeconfig, redactor);
            var localConfig = cluster.ClientConfiguration;
            localConfig.HttpClientTimeout = RequestTimeout;
            NodePortRange.TryParse(cluster.NodePortRange, out var range);
            return new ClusterConnection(new k8s.Kubernetes(localConfig), $"embedded cluster ({cluster.ApiUrl})", range, cluster);
        }

        var files = KubeconfigLocator.Locate(choice.Kubeconfig, console.Environment);
        KubernetesClientConfiguration config;
        try
        {
            var kubeconfig = await KubeconfigMerge.LoadAsync(files);
            KubeconfigSecrets.Register(kubeconfig, redactor);
            if (choice.Context is { } context && kubeconfig.Contexts?.Any(c => c.Name == context) != true)
            {
                throw new CommandException($"The kubeconfig has no context named \"{context}\".", ExitCodes.Usage);
            }

            config = KubernetesClientConfiguration.BuildConfigFromConfigObject(kubeconfig, choice.Context);
        }
        catch (KubeConfigException error)
        {
            throw new CommandException($"The kubeconfig ({string.Join(", ", files.Select(f => f.FullName))}) cannot be used: {error.Message.TrimEnd('.')}.", ExitCodes.Usage);
        }

        KubeconfigSecrets.Register(config, redactor);
        config.HttpClientTimeout = RequestTimeout;
        var description = $"context {config.CurrentContext ?? "(none)"} ({config.Host})";
        return new ClusterConnection(new k8s.Kubernetes(config), description, null, null);
    }
}
