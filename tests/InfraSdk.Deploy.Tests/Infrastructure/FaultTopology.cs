namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>
/// The topology the fault and signal tests deploy: a Namespace, a ConfigMap and N Deployments of one replica, each
/// behind a NodePort Service pinned to nodePort 30100 + i: 2N + 2 objects.
/// </summary>
internal static class FaultTopology
{
    public const string Topology = "FaultTopology";
    public const string Namespace = "faults";
    public const int FirstNodePort = 30100;

    /// <summary>The label selector of the objects this topology owns.</summary>
    public const string OwnedSelector = $"{OwnershipLabels.ManagedByKey}={OwnershipLabels.ManagedByValue},{OwnershipLabels.TopologyKey}={Topology}";

    public static int ObjectCount(int services) => (2 * services) + 2;

    public static TopologyManifests Create(int services)
    {
        var resources = new List<Resource> { new ConfigMap("settings") { Data = { ["LOG_LEVEL"] = "info" } } };
        for (var i = 0; i < services; i++)
        {
            resources.Add(new Deployment($"app-{i}") { Replicas = 1, Labels = { ["app"] = $"app-{i}" }, Container = new("nginx:1.27") { Ports = { new(8080) } } });
            resources.Add(new NodePortService($"svc-{i}")
            {
                Selector = { ["app"] = $"app-{i}" },
                Ports = { new ServicePort(Port: 80, TargetPort: 8080, NodePort: FirstNodePort + i) },
            });
        }

        var manifests = resources.Select(resource => Manifest.From(resource, Topology, Namespace)).Prepend(Manifest.ForNamespace(Namespace, Topology)).ToList();
        return new TopologyManifests(Topology, Namespace, manifests, resources);
    }
}
