using k8s;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>How many objects of <see cref="FaultTopology"/> the cluster holds: its Namespace, ConfigMaps, Deployments and Services.</summary>
internal static class OwnedCount
{
    private const string Owned = "app.kubernetes.io/managed-by=infrasdk";

    public static async Task<int> OfFaultTopologyAsync(IKubernetes client)
    {
        var ns = FaultTopology.Namespace;
        var namespaces = (await client.CoreV1.ListNamespaceAsync(labelSelector: Owned)).Items.Count(n => n.Metadata.Name == ns);
        var configMaps = (await client.CoreV1.ListNamespacedConfigMapAsync(ns, labelSelector: Owned)).Items.Count;
        var deployments = (await client.AppsV1.ListNamespacedDeploymentAsync(ns, labelSelector: Owned)).Items.Count;
        var services = (await client.CoreV1.ListNamespacedServiceAsync(ns, labelSelector: Owned)).Items.Count;
        return namespaces + configMaps + deployments + services;
    }
}
