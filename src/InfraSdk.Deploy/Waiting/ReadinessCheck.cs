using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Topology;
using k8s.Models;

namespace InfraSdk.Deploy.Waiting;

/// <summary>
/// Reads whether each declared Deployment has its ready replicas and each selecting Service has ready endpoints: two
/// list requests per namespace and poll, whatever the number of objects.
/// </summary>
internal sealed class ReadinessCheck(ClusterApi api, DesiredTopology topology)
{
    public async Task<IReadOnlyList<Readiness>> ReadAsync(CancellationToken cancellationToken)
    {
        var states = new List<Readiness>();
        foreach (var inNamespace in WaitedDeployments(topology).GroupBy(desired => desired.Key.Namespace!))
        {
            var resource = await api.ResourceOfAsync(inNamespace.First(), cancellationToken);
            var live = (await api.ListAsync(resource, inNamespace.Key, null, cancellationToken)).OfType<V1Deployment>().ToDictionary(d => d.Metadata.Name);
            states.AddRange(inNamespace.Select(desired => OfDeployment(desired, live.GetValueOrDefault(desired.Key.Name))));
        }

        foreach (var inNamespace in WaitedServices(topology).GroupBy(desired => desired.Key.Namespace!))
        {
            var endpoints = (await api.ListEndpointsAsync(inNamespace.Key, cancellationToken)).ToDictionary(e => e.Metadata.Name);
            states.AddRange(inNamespace.Select(desired => OfService(desired, endpoints.GetValueOrDefault(desired.Key.Name))));
        }

        return states;
    }

    /// <summary>The same readings kept current by watches, when the server offers them (null when it does not).</summary>
    public async Task<WatchedReadiness?> WatchedAsync(TimeProvider time, CancellationToken cancellationToken) =>
        await WatchedReadiness.IsOfferedAsync(api, cancellationToken) ? new WatchedReadiness(api, topology, time) : null;

    /// <summary>The Deployments whose readiness the wait reads: every declared one.</summary>
    public static IEnumerable<DesiredObject> WaitedDeployments(DesiredTopology topology) => topology.Deployments;

    /// <summary>The Services whose readiness the wait reads: those with a selector, whose endpoints a controller fills.</summary>
    public static IEnumerable<DesiredObject> WaitedServices(DesiredTopology topology) => topology.Services.Where(s => s.Service!.Spec?.Selector is { Count: > 0 });

    /// <summary>A declared Deployment is ready once its live object has the declared number of ready replicas.</summary>
    public static Readiness OfDeployment(DesiredObject desired, V1Deployment? deployment)
    {
        var wanted = desired.Deployment!.Spec?.Replicas ?? 1;
        var ready = deployment?.Status?.ReadyReplicas ?? 0;
        return new Readiness(desired.Key, deployment is not null && ready >= wanted, deployment is null ? "not found" : $"{ready}/{wanted} replicas ready{Unschedulable(deployment)}");
    }

    /// <summary>A declared Service is ready once its Endpoints list a ready address.</summary>
    public static Readiness OfService(DesiredObject desired, V1Endpoints? endpoints)
    {
        var ready = endpoints?.Subsets?.Sum(subset => subset.Addresses?.Count ?? 0) ?? 0;
        return new Readiness(desired.Key, ready > 0, ready == 0 ? "no ready endpoints" : $"{ready} ready endpoints");
    }

    /// <summary>"; 1 of 3 pods are Pending: 0/5 nodes are available: ...": why replicas cannot run, as the controller reports it.</summary>
    private static string Unschedulable(V1Deployment deployment) =>
        deployment.Status?.Conditions?.FirstOrDefault(condition => condition.Type == "ReplicaFailure" && condition.Status == "True") is { } failure
            ? "; " + failure.Message
            : string.Empty;
}
