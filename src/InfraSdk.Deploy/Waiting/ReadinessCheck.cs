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
        foreach (var inNamespace in topology.Deployments.GroupBy(desired => desired.Key.Namespace!))
        {
            var resource = await api.ResourceOfAsync(inNamespace.First(), cancellationToken);
            var live = (await api.ListAsync(resource, inNamespace.Key, null, cancellationToken)).OfType<V1Deployment>().ToDictionary(d => d.Metadata.Name);
            foreach (var desired in inNamespace)
            {
                var deployment = live.GetValueOrDefault(desired.Key.Name);
                var wanted = desired.Deployment!.Spec?.Replicas ?? 1;
                var ready = deployment?.Status?.ReadyReplicas ?? 0;
                states.Add(new Readiness(desired.Key, deployment is not null && ready >= wanted, deployment is null ? "not found" : $"{ready}/{wanted} replicas ready{Unschedulable(deployment)}"));
            }
        }

        foreach (var inNamespace in topology.Services.Where(s => s.Service!.Spec?.Selector is { Count: > 0 }).GroupBy(desired => desired.Key.Namespace!))
        {
            var endpoints = (await api.ListEndpointsAsync(inNamespace.Key, cancellationToken)).ToDictionary(e => e.Metadata.Name);
            foreach (var desired in inNamespace)
            {
                var ready = endpoints.GetValueOrDefault(desired.Key.Name)?.Subsets?.Sum(subset => subset.Addresses?.Count ?? 0) ?? 0;
                states.Add(new Readiness(desired.Key, ready > 0, ready == 0 ? "no ready endpoints" : $"{ready} ready endpoints"));
            }
        }

        return states;
    }

    /// <summary>"; 1 of 3 pods are Pending: 0/5 nodes are available: ...": why replicas cannot run, as the controller reports it.</summary>
    private static string Unschedulable(V1Deployment deployment) =>
        deployment.Status?.Conditions?.FirstOrDefault(condition => condition.Type == "ReplicaFailure" && condition.Status == "True") is { } failure
            ? "; " + failure.Message
            : string.Empty;
}
