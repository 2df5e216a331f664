using InfraSdk.Deploy;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.Hosting;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Network;
using InfraSdk.LocalCluster.Registry;
using InfraSdk.LocalCluster.Storage;
using InfraSdk.LocalCluster.Views;
using k8s;
using k8s.KubeConfigModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InfraSdk.LocalCluster;

/// <summary>
/// An embedded Kubernetes cluster: an HTTPS API server on 127.0.0.1 with the API server's validation and nodePort
/// allocation, and a data plane whose nodes listen on loopback addresses of their own. Dispose to stop it.
/// </summary>
public sealed class LocalCluster : ILocalCluster
{
    private readonly WebApplication _app;
    private readonly NodePortDataPlane _dataPlane;
    private readonly DataPlaneReconciler _reconciler;
    private readonly AddressBlock _addresses;
    private readonly ObjectStore _store;
    private readonly ClusterCertificates _certificates;
    private readonly TokenRegistry _tokens;
    private readonly bool _ownsKubeconfig;

    private LocalCluster(WebApplication app, NodePortDataPlane dataPlane, DataPlaneReconciler reconciler, AddressBlock addresses, ObjectStore store, ClusterCertificates certificates,
        TokenRegistry tokens, Uri apiUrl, string kubeconfigPath, bool ownsKubeconfig, K8SConfiguration kubeconfig, IReadOnlyList<LocalNode> nodes, string nodePortRange)
    {
        _app = app;
        _dataPlane = dataPlane;
        _reconciler = reconciler;
        _addresses = addresses;
        _store = store;
        _certificates = certificates;
        _tokens = tokens;
        _ownsKubeconfig = ownsKubeconfig;
        ApiUrl = apiUrl;
        KubeconfigPath = kubeconfigPath;
        Kubeconfig = kubeconfig;
        Nodes = nodes;
        NodePortRange = nodePortRange;
    }

    /// <summary>https://127.0.0.1:port of the API server.</summary>
    public Uri ApiUrl { get; }

    public string KubeconfigPath { get; }

    public K8SConfiguration Kubeconfig { get; }

    /// <summary>A fresh client configuration, ready for <c>new k8s.Kubernetes(...)</c>.</summary>
    public KubernetesClientConfiguration ClientConfiguration => KubernetesClientConfiguration.BuildConfigFromConfigObject(Kubeconfig);

    public IReadOnlyList<LocalNode> Nodes { get; }

    /// <summary>The cluster's --service-node-port-range, "first-last".</summary>
    public string NodePortRange { get; }

    /// <summary>
    /// Issues a further bearer token for this cluster's API server: one that expires, or that may write only some
    /// namespaces (see <see cref="TokenOptions"/>), for testing how a client takes the API server's 401 and 403
    /// answers. Hand it to a client with <see cref="KubeconfigFor"/> or <see cref="WriteKubeconfig"/>. The token
    /// lives as long as the cluster process; a restart on the same state folder does not keep it.
    /// </summary>
    /// <example>
    /// <code>
    /// var expired = cluster.IssueToken(new TokenOptions { ExpiresAfter = TimeSpan.Zero });
    /// var teamA = cluster.IssueToken(new TokenOptions { User = "team-a", WritableNamespaces = ["a"] });
    /// cluster.WriteKubeconfig("team-a.kubeconfig", teamA);   // kubectl --kubeconfig team-a.kubeconfig ...
    /// </code>
    /// </example>
    public string IssueToken(TokenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ExpiresAfter < TimeSpan.Zero)
        {
            throw new ArgumentException($"A token's lifetime cannot be negative; it is {options.ExpiresAfter}.", nameof(options));
        }

        return _tokens.Issue(options);
    }

    /// <summary>A kubeconfig like <see cref="Kubeconfig"/> (same server, same CA) whose user holds <paramref name="token"/>.</summary>
    public K8SConfiguration KubeconfigFor(string token) => KubeconfigFactory.Create(ApiUrl, _certificates.AuthorityPem, token);

    /// <summary>Writes <see cref="KubeconfigFor"/> to <paramref name="path"/>, readable by its owner only; the caller deletes it.</summary>
    public void WriteKubeconfig(string path, string token) => KubeconfigFactory.Write(KubeconfigFor(token), path);

    public static async Task<LocalCluster> StartAsync(LocalClusterOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new LocalClusterOptions();
        if (!Kubernetes.NodePortRange.TryParse(options.NodePortRange, out var range))
        {
            throw new ArgumentException($"The node-port range \"{options.NodePortRange}\" is not of the form FIRST-LAST with ports from 1 to 65535.", nameof(options));
        }

        if (options.NodePortReleaseDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"The node-port release delay cannot be negative; it is {options.NodePortReleaseDelay}.", nameof(options));
        }

        if (options.Nodes < 1 || options.Nodes > AddressBlock.MaxNodes)
        {
            throw new ArgumentException($"A local cluster has between 1 and {AddressBlock.MaxNodes} nodes; {options.Nodes} were asked for.", nameof(options));
        }

        if (options.MaxPodsPerNode < 1)
        {
            throw new ArgumentException($"A node runs at least one pod; --max-pods is {options.MaxPodsPerNode}.", nameof(options));
        }

        if (options.ApiFaults is { Rate: < 0 or > 1 } faults)
        {
            throw new ArgumentException($"The API fault rate must be between 0 and 1; it is {faults.Rate}.", nameof(options));
        }

        var addresses = AddressBlock.Reserve(options.Nodes);
        var undo = new Stack<Func<ValueTask>>();
        undo.Push(() => Dispose(addresses));
        try
        {
            var store = new ObjectStore(options.StateDirectory);
            undo.Push(() => Dispose(store));
            var certificates = ClusterCertificates.Create();
            undo.Push(() => Dispose(certificates));
            var time = TimeProvider.System;
            var tokens = new TokenRegistry(time);
            var token = tokens.Issue(new TokenGrant("kubernetes-admin", null, null));
            var allocator = new ServiceAllocator(range, new Random(), store.List(ResourceType.Services.Plural, null), options.NodePortReleaseDelay, time);
            var strategies = new ResourceStrategy[]
            {
                new NamespaceStrategy(), new NodeStrategy(), new ServiceStrategy(allocator), new Registry.DeploymentStrategy(),
                new ConfigMapStrategy(), new SecretStrategy(), new ServiceAccountStrategy(), new StatefulSetStrategy(),
                new HorizontalPodAutoscalerStrategy(), new CronJobStrategy(), new IngressStrategy(), new NetworkPolicyStrategy(),
                new PodDisruptionBudgetStrategy(), new PodStrategy(), new ReplicaSetStrategy(), new ControllerOwnedStrategy(ResourceType.Endpoints),
                new ControllerOwnedStrategy(ResourceType.EndpointSlices), new ControllerOwnedStrategy(ResourceType.Events), new ControllerOwnedStrategy(ResourceType.EventsV1),
            }.ToDictionary(strategy => strategy.Type);
            var registry = new ObjectRegistry(store, strategies, allocator, time);
            var desiredState = new DesiredStateBuilder(store);
            var dataPlane = new NodePortDataPlane(addresses, time, options.MaxPodsPerNode);
            undo.Push(dataPlane.DisposeAsync);

            var serverAddress = "";
            var handler = new ApiRequestHandler(registry, dataPlane, () => serverAddress, time);
            var app = BuildApp(certificates, tokens, options.ApiFaults, handler);
            undo.Push(app.DisposeAsync);
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<LocalCluster>();
            var controllers = new Controllers.ControlLoop(registry, dataPlane, desiredState, () => serverAddress, time);
            var reconciler = new DataPlaneReconciler(controllers.RunAsync, logger);
            controllers.PassWanted = () => reconciler.Submit([]);
            registry.Changed = reconciler.Submit;

            await ClusterBootstrap.RunAsync(registry, addresses.NodeAddresses, time, cancellationToken);
            await app.StartAsync(cancellationToken);
            var apiUrl = new Uri(app.Urls.Single());
            serverAddress = $"{apiUrl.Host}:{apiUrl.Port}";
            await reconciler.Submit(null);

            var kubeconfig = KubeconfigFactory.Create(apiUrl, certificates.AuthorityPem, token);
            var ownsKubeconfig = options.KubeconfigPath is null;
            var kubeconfigPath = options.KubeconfigPath ?? Path.Combine(Path.GetTempPath(), $"infrasdk-kubeconfig-{Guid.NewGuid():N}.yaml");
            KubeconfigFactory.Write(kubeconfig, kubeconfigPath);

            var nodes = addresses.NodeAddresses
                .Select((address, index) => new LocalNode(ClusterBootstrap.NodeName(index), address, ClusterBootstrap.NodeName(index)))
                .ToList();
            return new LocalCluster(app, dataPlane, reconciler, addresses, store, certificates, tokens, apiUrl, kubeconfigPath, ownsKubeconfig, kubeconfig, nodes, range.ToString());
        }
        catch
        {
            while (undo.TryPop(out var step))
            {
                await step();
            }

            throw;
        }
    }

    private static ValueTask Dispose(IDisposable disposable)
    {
        disposable.Dispose();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _reconciler.Idle();
        await _dataPlane.DisposeAsync();
        _store.Dispose();
        _addresses.Dispose();
        _certificates.Dispose();
        if (_ownsKubeconfig)
        {
            File.Delete(KubeconfigPath);
        }
    }

    private static WebApplication BuildApp(ClusterCertificates certificates, TokenRegistry tokens, ApiFaults? faults, ApiRequestHandler handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.AddFilter((category, level) => category == typeof(LocalCluster).FullName && level >= LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(certificates.Server);
            });
        });

        var app = builder.Build();
        var bearer = new BearerTokenMiddleware(tokens);
        app.Use((context, next) => bearer.InvokeAsync(context, next));
        if (faults is { Rate: > 0 })
        {
            var injector = new ApiFaultMiddleware(faults);
            app.Use((context, next) => injector.InvokeAsync(context, next));
        }

        app.Run(handler.HandleAsync);
        return app;
    }
}
