using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Topology;
using k8s.Models;

namespace InfraSdk.Deploy.Waiting;

/// <summary>Reads whether each declared Deployment has its ready replicas and each selecting Service has ready endpoints.</summary>
internal sealed class ReadinessCheck(ClusterApi api, DesiredTopology topology)
{
    public async Task<IReadOnlyList<Readiness>> ReadAsync(CancellationToken cancellationToken)
    {
        var states = new List<Readiness>();
        foreach (var desired in topology.Deployments)
        {
            var live = await api.GetAsync(desired, cancellationToken) as V1Deployment;
            var wanted = desired.Deployment!.Spec?.Replicas ?? 1;
            var ready = live?.Status?.ReadyReplicas ?? 0;
            states.Add(new Readiness(desired.Key, live is not null && ready >= wanted, live is null ? "not found" : $"{ready}/{wanted} replicas ready"));
        }

        foreach (var desired in topology.Services.Where(s => s.Service!.Spec?.Selector is { Count: > 0 }))
        {
            var endpoints = await api.ReadEndpointsAsync(desired.Key.Namespace!, desired.Key.Name, cancellationToken);
            var ready = endpoints?.Subsets?.Sum(subset => subset.Addresses?.Count ?? 0) ?? 0;
            states.Add(new Readiness(desired.Key, ready > 0, ready == 0 ? "no ready endpoints" : $"{ready} ready endpoints"));
        }

        return states;
    }
}
