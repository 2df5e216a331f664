using k8s;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>
/// How the cluster differs from <see cref="FaultTopology"/> with N Services: owned objects missing or extra, a nodePort
/// or replica count not as declared, a nodePort held twice anywhere, a Deployment running more or fewer Pods than declared.
/// </summary>
internal static class DeclaredState
{
    public static async Task<List<string>> DivergencesAsync(IKubernetes client, int services)
    {
        var ns = FaultTopology.Namespace;
        var divergences = new List<string>();
        var names = Enumerable.Range(0, services).ToList();

        var live = (await client.CoreV1.ListNamespacedServiceAsync(ns, labelSelector: FaultTopology.OwnedSelector)).Items;
        Compare(divergences, "Service", names.Select(i => $"svc-{i}"), live.Select(s => s.Metadata.Name));
        foreach (var service in live.Where(s => s.Metadata.Name.StartsWith("svc-", StringComparison.Ordinal)))
        {
            var declared = FaultTopology.FirstNodePort + int.Parse(service.Metadata.Name[4..]);
            var ports = service.Spec.Ports.Select(p => p.NodePort).ToList();
            if (ports is not [var port] || port != declared)
            {
                divergences.Add($"Service {service.Metadata.Name} has nodePorts {string.Join(",", ports)}, declared {declared}");
            }
        }

        var deployments = (await client.AppsV1.ListNamespacedDeploymentAsync(ns, labelSelector: FaultTopology.OwnedSelector)).Items;
        Compare(divergences, "Deployment", names.Select(i => $"app-{i}"), deployments.Select(d => d.Metadata.Name));
        divergences.AddRange(deployments.Where(d => d.Spec.Replicas != 1).Select(d => $"Deployment {d.Metadata.Name} has {d.Spec.Replicas} replicas, declared 1"));

        var configMaps = (await client.CoreV1.ListNamespacedConfigMapAsync(ns, labelSelector: FaultTopology.OwnedSelector)).Items;
        Compare(divergences, "ConfigMap", ["settings"], configMaps.Select(c => c.Metadata.Name));
        var namespaces = (await client.CoreV1.ListNamespaceAsync(labelSelector: FaultTopology.OwnedSelector)).Items;
        Compare(divergences, "Namespace", [ns], namespaces.Select(n => n.Metadata.Name));

        var held = (await client.CoreV1.ListServiceForAllNamespacesAsync()).Items
            .SelectMany(s => (s.Spec.Ports ?? []).Where(p => p.NodePort is not null).Select(p => (Port: p.NodePort!.Value, Holder: $"{s.Metadata.NamespaceProperty}/{s.Metadata.Name}")))
            .GroupBy(h => h.Port)
            .Where(g => g.Select(h => h.Holder).Distinct().Count() > 1);
        divergences.AddRange(held.Select(g => $"nodePort {g.Key} is held by {string.Join(" and ", g.Select(h => h.Holder))}"));

        divergences.AddRange(deployments.Where(d => d.Status?.Replicas != 1 || d.Status?.ReadyReplicas != 1)
            .Select(d => $"Deployment {d.Metadata.Name} runs {d.Status?.Replicas} Pods ({d.Status?.ReadyReplicas} ready), declared 1"));
        return divergences;
    }

    private static void Compare(List<string> divergences, string kind, IEnumerable<string> declared, IEnumerable<string> live)
    {
        var liveList = live.ToList();
        var declaredSet = declared.ToHashSet();
        divergences.AddRange(declaredSet.Except(liveList).Select(name => $"{kind} {name} is missing"));
        divergences.AddRange(liveList.Where(name => !declaredSet.Contains(name)).Select(name => $"{kind} {name} is owned but not declared"));
        divergences.AddRange(liveList.GroupBy(name => name).Where(g => g.Count() > 1).Select(g => $"{kind} {g.Key} is listed {g.Count()} times"));
    }
}
