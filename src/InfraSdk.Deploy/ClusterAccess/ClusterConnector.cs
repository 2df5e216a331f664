using InfraSdk.Deploy.Applying;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Kubernetes;
using k8s;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>Opens the cluster a command asked for: an embedded one (given with --local), or the kubeconfig's, through KubernetesClient.</summary>
internal static class ClusterConnector
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public static async Task<ClusterConnection> ConnectAsync(
        ClusterChoice choice, ILocalClusterSupport? localClusters, AppConsole console, SecretRedactor redactor, RetryTiming timing, CancellationToken cancellationToken)
    {
        if (localClusters is not null)
        {
            var cluster = await localClusters.StartAsync(cancellationToken);
            KubeconfigSecrets.Register(cluster.Kubeconfig, redactor);
            NodePortRange.TryParse(cluster.NodePortRange, out var range);
            return Open(KubernetesClientConfiguration.BuildConfigFromConfigObject(cluster.Kubeconfig), timing, $"embedded cluster ({cluster.ApiUrl})", range, cluster);
        }

        var files = KubeconfigLocator.Locate(choice.Kubeconfig, console.Environment);
        try
        {
            if (files.All(file => string.IsNullOrWhiteSpace(File.ReadAllText(file.FullName))))
            {
                throw new CommandException($"The kubeconfig ({Names(files)}) is empty.", ExitCodes.Usage);
            }

            var kubeconfig = await KubeconfigMerge.LoadAsync(files);
            KubeconfigSecrets.Register(kubeconfig, redactor);
            if (choice.Context is { } context && kubeconfig.Contexts?.Any(c => c.Name == context) != true)
            {
                throw new CommandException($"The kubeconfig has no context named \"{context}\".", ExitCodes.Usage);
            }

            var config = KubernetesClientConfiguration.BuildConfigFromConfigObject(kubeconfig, choice.Context);
            KubeconfigSecrets.Register(config, redactor);
            return Open(config, timing, $"context {config.CurrentContext ?? "(none)"} ({config.Host})", null, null);
        }
        catch (Exception error) when (KubeconfigProblem.Describe(error) is { } problem)
        {
            throw new CommandException($"The kubeconfig ({Names(files)}) cannot be used: {problem}.", ExitCodes.Usage);
        }
    }

    /// <summary>The client, with a bound on each request and on each new connection, and a record of whether the server ever answered.</summary>
    private static ClusterConnection Open(
        KubernetesClientConfiguration config, RetryTiming timing, string description, NodePortRange? range, ILocalCluster? local)
    {
        config.HttpClientTimeout = RequestTimeout;
        config.FirstMessageHandlerSetup = handler =>
        {
            if (handler is SocketsHttpHandler sockets)
            {
                sockets.ConnectTimeout = timing.ConnectTimeout;
            }
        };
        var contact = new ServerContact();
        var client = new k8s.Kubernetes(config, contact);
        return new ClusterConnection(client, new Uri(config.Host), timing.ConnectTimeout, contact, description, range, local);
    }

    private static string Names(IEnumerable<FileInfo> files) => string.Join(", ", files.Select(f => f.FullName));
}
