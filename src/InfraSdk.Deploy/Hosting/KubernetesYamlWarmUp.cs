using k8s;
using k8s.KubeConfigModels;

namespace InfraSdk.Deploy.Hosting;

/// <summary>
/// KubernetesYaml's one-time set-up (reflection over every model type, then YamlDotNet's first document) takes a
/// cold process about 0.4 s of CPU. Reading a kubeconfig needs it; started on the thread pool as the app host starts,
/// it runs on the other core while the manifests are read instead of after them.
/// </summary>
internal static class KubernetesYamlWarmUp
{
    public static void Start() => _ = Task.Run(() => KubernetesYaml.Deserialize<K8SConfiguration>("apiVersion: v1\nkind: Config\n"));
}
