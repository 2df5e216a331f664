using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>
/// Objects a deploy of <see cref="FaultTopology"/> does not own, made before it runs: hand-made ones beside its objects
/// and elsewhere (one holding a nodePort), and one labelled as another topology's. Afterwards each must be there,
/// unmodified (same resourceVersion as once the cluster's controllers have written the Deployment's status).
/// </summary>
internal sealed class ForeignObjects
{
    private const string Elsewhere = "elsewhere";

    private readonly Dictionary<string, string> _versions = [];

    public static async Task<ForeignObjects> SeedAsync(IKubernetes client)
    {
        var seeded = new ForeignObjects();
        await Persistently.WriteAsync(() => client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new() { Name = FaultTopology.Namespace } }));
        await Persistently.WriteAsync(() => client.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new() { Name = Elsewhere } }));
        seeded.Record("ConfigMap", (await Persistently.WriteAsync(() => client.CoreV1.CreateNamespacedConfigMapAsync(
            new V1ConfigMap { Metadata = new() { Name = "hand-made" }, Data = new Dictionary<string, string> { ["owner"] = "a human" } }, FaultTopology.Namespace))).Metadata);
        seeded.Record("ConfigMap", (await Persistently.WriteAsync(() => client.CoreV1.CreateNamespacedConfigMapAsync(
            new V1ConfigMap
            {
                Metadata = new()
                {
                    Name = "other-topology-settings",
                    Labels = new Dictionary<string, string> { [OwnershipLabels.ManagedByKey] = OwnershipLabels.ManagedByValue, [OwnershipLabels.TopologyKey] = "OtherTopology" },
                },
            }, FaultTopology.Namespace))).Metadata);
        seeded.Record("Service", (await Persistently.WriteAsync(() => client.CoreV1.CreateNamespacedServiceAsync(
            new V1Service
            {
                Metadata = new() { Name = "foreign-nodeport" },
                Spec = new V1ServiceSpec
                {
                    Type = "NodePort",
                    Selector = new Dictionary<string, string> { ["app"] = "foreign" },
                    Ports = [new V1ServicePort { Port = 80, TargetPort = 8080, NodePort = 30300 }],
                },
            }, Elsewhere))).Metadata);
        seeded.Record("Deployment", (await Persistently.WriteAsync(() => client.AppsV1.CreateNamespacedDeploymentAsync(
            new V1Deployment
            {
                Metadata = new() { Name = "foreign" },
                Spec = new V1DeploymentSpec
                {
                    Replicas = 1,
                    Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = "foreign" } },
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new() { Labels = new Dictionary<string, string> { ["app"] = "foreign" } },
                        Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Image = "nginx:1.27" }] },
                    },
                },
            }, Elsewhere))).Metadata);

        // The deployment controller writes the Deployment's revision and status after its create: start from there.
        var settled = await CurrentVersionsAsync(client);
        foreach (var key in seeded._versions.Keys.ToList())
        {
            seeded._versions[key] = settled[key];
        }

        return seeded;
    }

    /// <summary>What happened to them: each one missing or modified.</summary>
    public async Task<List<string>> DivergencesAsync(IKubernetes client)
    {
        var now = await CurrentVersionsAsync(client);
        return _versions
            .Where(seeded => now.GetValueOrDefault(seeded.Key) != seeded.Value)
            .Select(seeded => now.ContainsKey(seeded.Key) ? $"{seeded.Key} was modified" : $"{seeded.Key} was deleted")
            .ToList();
    }

    private static async Task<Dictionary<string, string>> CurrentVersionsAsync(IKubernetes client)
    {
        var now = new Dictionary<string, string>();
        foreach (var item in (await client.CoreV1.ListNamespacedConfigMapAsync(FaultTopology.Namespace)).Items)
        {
            now[$"ConfigMap {item.Metadata.NamespaceProperty}/{item.Metadata.Name}"] = item.Metadata.ResourceVersion;
        }

        foreach (var item in (await client.CoreV1.ListNamespacedServiceAsync(Elsewhere)).Items)
        {
            now[$"Service {item.Metadata.NamespaceProperty}/{item.Metadata.Name}"] = item.Metadata.ResourceVersion;
        }

        foreach (var item in (await client.AppsV1.ListNamespacedDeploymentAsync(Elsewhere)).Items)
        {
            now[$"Deployment {item.Metadata.NamespaceProperty}/{item.Metadata.Name}"] = item.Metadata.ResourceVersion;
        }

        return now;
    }

    private void Record(string kind, V1ObjectMeta metadata) => _versions[$"{kind} {metadata.NamespaceProperty}/{metadata.Name}"] = metadata.ResourceVersion;
}
