using k8s;
using k8s.KubeConfigModels;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>Loads and merges kubeconfig files as kubectl does for a KUBECONFIG list: the first occurrence of a name wins.</summary>
internal static class KubeconfigMerge
{
    public static async Task<K8SConfiguration> LoadAsync(IReadOnlyList<FileInfo> files)
    {
        var merged = await KubernetesClientConfiguration.LoadKubeConfigAsync(files[0]);
        foreach (var file in files.Skip(1))
        {
            var next = await KubernetesClientConfiguration.LoadKubeConfigAsync(file);
            merged.CurrentContext ??= next.CurrentContext;
            merged.Clusters = Merge(merged.Clusters, next.Clusters, c => c.Name);
            merged.Users = Merge(merged.Users, next.Users, u => u.Name);
            merged.Contexts = Merge(merged.Contexts, next.Contexts, c => c.Name);
        }

        return merged;
    }

    private static List<T> Merge<T>(IEnumerable<T>? first, IEnumerable<T>? second, Func<T, string> name) =>
        (first ?? []).Concat(second ?? []).DistinctBy(name).ToList();
}
