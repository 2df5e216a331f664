using System.Threading.Channels;
using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Topology;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Waiting;

/// <summary>
/// Readiness kept current by watches instead of polls: one list and watch of Deployments and one of Endpoints per
/// namespace, whatever the number of objects, each change updating only its object's state. Used when discovery says
/// the server watches both; a server that refuses the watch anyway gets <see cref="WatchUnavailableException"/>.
/// </summary>
internal sealed class WatchedReadiness(ClusterApi api, DesiredTopology topology, TimeProvider time)
{
    // Reports at most this often, however fast changes arrive: a deploy of thousands of objects changes thousands.
    private static readonly TimeSpan ReportInterval = TimeSpan.FromMilliseconds(200);

    private readonly Lock _gate = new();
    private readonly Dictionary<ObjectKey, Readiness> _states = [];
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly HashSet<Declared> _unlisted = [];

    /// <summary>Whether discovery lists the watch verb for both Deployments (apps/v1) and Endpoints (v1).</summary>
    public static async Task<bool> IsOfferedAsync(ClusterApi api, CancellationToken cancellationToken)
    {
        var apps = await api.Resilience.Transient.ExecuteAsync(async ct => await api.Client.CustomObjects.GetAPIResourcesAsync("apps", "v1", ct), cancellationToken);
        var core = await api.Resilience.Transient.ExecuteAsync(async ct => await api.Client.CustomObjects.GetAPIResourcesAsync("", "v1", ct), cancellationToken);
        return Watches(apps, "deployments") && Watches(core, "endpoints");
    }

    /// <summary>Reports each new reading until everything is ready or <paramref name="timeout"/> has passed; returns the last one.</summary>
    public async Task<IReadOnlyList<Readiness>> WaitAsync(Action<IReadOnlyList<Readiness>> report, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deployments = Declared.ByNamespace(ReadinessCheck.WaitedDeployments(topology));
        var services = Declared.ByNamespace(ReadinessCheck.WaitedServices(topology));
        var order = deployments.Concat(services).SelectMany(group => group.ByName.Values).Select(desired => desired.Key).ToList();
        Listed<V1Deployment>(deployments, [], ReadinessCheck.OfDeployment);
        Listed<V1Endpoints>(services, [], ReadinessCheck.OfService);
        _unlisted.UnionWith(deployments.Concat(services));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var expiry = new CancellationTokenSource(timeout, time);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, expiry.Token);
        var streams = deployments.Select(group => DeploymentsIn(group).RunAsync(stop.Token))
            .Concat(services.Select(group => EndpointsIn(group).RunAsync(stop.Token)))
            .ToList();
        IReadOnlyList<Readiness> states = [];
        try
        {
            while (true)
            {
                var changed = _changed.Reader.ReadAsync(waiting.Token).AsTask();
                if (await Task.WhenAny(streams.Append(changed)) != changed)
                {
                    await Task.WhenAll(streams);
                }

                await changed;
                lock (_gate)
                {
                    if (_unlisted.Count > 0)
                    {
                        continue;
                    }
                }

                states = Snapshot(order);
                report(states);
                if (states.All(state => state.Ready))
                {
                    return states;
                }

                await Task.Delay(ReportInterval, time, waiting.Token);
            }
        }
        catch (OperationCanceledException) when (expiry.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            states = Snapshot(order);
            report(states);
            return states;
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(streams.Select(stream => stream.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }

    private ListWatch<V1Deployment> DeploymentsIn(Declared declared) => new(
        async ct =>
        {
            var list = await api.Resilience.Transient.ExecuteAsync(async inner => await api.Client.AppsV1.ListNamespacedDeploymentAsync(declared.Namespace, cancellationToken: inner), ct);
            return (list.Items.ToList(), list.Metadata.ResourceVersion);
        },
        (resourceVersion, onError, ct) => api.Client.AppsV1.WatchListNamespacedDeploymentAsync(declared.Namespace, allowWatchBookmarks: true, resourceVersion: resourceVersion,
            timeoutSeconds: ListWatch<V1Deployment>.WatchSeconds, onError: onError, cancellationToken: ct),
        items => Listed([declared], items, ReadinessCheck.OfDeployment),
        (type, deployment) => Changed(declared, type, deployment, ReadinessCheck.OfDeployment),
        time);

    private ListWatch<V1Endpoints> EndpointsIn(Declared declared) => new(
        async ct =>
        {
            var list = await api.Resilience.Transient.ExecuteAsync(async inner => await api.Client.CoreV1.ListNamespacedEndpointsAsync(declared.Namespace, cancellationToken: inner), ct);
            return (list.Items.ToList(), list.Metadata.ResourceVersion);
        },
        (resourceVersion, onError, ct) => api.Client.CoreV1.WatchListNamespacedEndpointsAsync(declared.Namespace, allowWatchBookmarks: true, resourceVersion: resourceVersion,
            timeoutSeconds: ListWatch<V1Endpoints>.WatchSeconds, onError: onError, cancellationToken: ct),
        items => Listed([declared], items, ReadinessCheck.OfService),
        (type, endpoints) => Changed(declared, type, endpoints, ReadinessCheck.OfService),
        time);

    /// <summary>A (re)list: every declared object of the groups gets its state from the list, found or not.</summary>
    private void Listed<T>(IReadOnlyList<Declared> groups, IReadOnlyList<T> items, Func<DesiredObject, T?, Readiness> readiness)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        var byName = items.ToDictionary(item => item.Metadata.Name, StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var group in groups)
            {
                foreach (var desired in group.ByName.Values)
                {
                    _states[desired.Key] = readiness(desired, byName.GetValueOrDefault(desired.Key.Name));
                }

                _unlisted.Remove(group);
            }
        }

        _changed.Writer.TryWrite(true);
    }

    private void Changed<T>(Declared declared, WatchEventType type, T obj, Func<DesiredObject, T?, Readiness> readiness)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        if (declared.ByName.GetValueOrDefault(obj.Metadata.Name) is not { } desired)
        {
            return;
        }

        lock (_gate)
        {
            _states[desired.Key] = readiness(desired, type == WatchEventType.Deleted ? null : obj);
        }

        _changed.Writer.TryWrite(true);
    }

    private List<Readiness> Snapshot(List<ObjectKey> order)
    {
        lock (_gate)
        {
            return order.Select(key => _states[key]).ToList();
        }
    }

    private static bool Watches(V1APIResourceList resources, string plural) =>
        resources.Resources.Any(resource => resource.Name == plural && resource.Verbs.Contains("watch"));

    /// <summary>The declared objects of one kind in one namespace: what one list and watch covers.</summary>
    private sealed class Declared(string ns, IEnumerable<DesiredObject> objects)
    {
        public string Namespace => ns;

        public Dictionary<string, DesiredObject> ByName { get; } = objects.ToDictionary(desired => desired.Key.Name, StringComparer.Ordinal);

        public static List<Declared> ByNamespace(IEnumerable<DesiredObject> objects) =>
            objects.GroupBy(desired => desired.Key.Namespace!).Select(group => new Declared(group.Key, group)).ToList();
    }
}
