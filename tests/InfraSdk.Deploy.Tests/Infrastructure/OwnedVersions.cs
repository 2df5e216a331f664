using k8s;

namespace InfraSdk.Deploy.Tests.Infrastructure;

/// <summary>The resourceVersion of every object <see cref="FaultTopology"/> owns: how many there are, and how many writes land between two looks.</summary>
internal static class OwnedVersions
{
    public static async Task<Dictionary<string, string>> ReadAsync(IKubernetes client)
    {
        var ns = FaultTopology.Namespace;
        var versions = new Dictionary<string, string>();
        foreach (var item in (await client.CoreV1.ListNamespaceAsync(labelSelector: FaultTopology.OwnedSelector)).Items)
        {
            versions["Namespace " + item.Metadata.Name] = item.Metadata.ResourceVersion;
        }

        foreach (var item in (await client.CoreV1.ListNamespacedConfigMapAsync(ns, labelSelector: FaultTopology.OwnedSelector)).Items)
        {
            versions["ConfigMap " + item.Metadata.Name] = item.Metadata.ResourceVersion;
        }

        foreach (var item in (await client.AppsV1.ListNamespacedDeploymentAsync(ns, labelSelector: FaultTopology.OwnedSelector)).Items)
        {
            versions["Deployment " + item.Metadata.Name] = item.Metadata.ResourceVersion;
        }

        foreach (var item in (await client.CoreV1.ListNamespacedServiceAsync(ns, labelSelector: FaultTopology.OwnedSelector)).Items)
        {
            versions["Service " + item.Metadata.Name] = item.Metadata.ResourceVersion;
        }

        return versions;
    }

    /// <summary>How many objects were created, changed or deleted between two reads.</summary>
    public static int Changes(Dictionary<string, string> before, Dictionary<string, string> after) =>
        after.Count(entry => before.GetValueOrDefault(entry.Key) != entry.Value) + before.Keys.Count(key => !after.ContainsKey(key));
}
