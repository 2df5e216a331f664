using k8s.Models;

namespace InfraSdk.ClusterBench;

/// <summary>The benchmark's objects: Service i pins nodePort 30000+i and selects Deployment i's pods.</summary>
public static class Manifests
{
    public static string Name(int index) => $"app-{index:D4}";

    public static V1Service Service(int index) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = new V1ObjectMeta { Name = Name(index), NamespaceProperty = "default" },
        Spec = new V1ServiceSpec
        {
            Type = "NodePort",
            Selector = new Dictionary<string, string> { ["app"] = Name(index) },
            Ports = [new V1ServicePort { Port = 80, TargetPort = 8080, NodePort = BenchOptions.FirstNodePort + index % BenchOptions.NodePortCount }],
        },
    };

    public static V1Deployment Deployment(int index, int replicas) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = new V1ObjectMeta { Name = Name(index), NamespaceProperty = "default" },
        Spec = new V1DeploymentSpec
        {
            Replicas = replicas,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = Name(index) } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = Name(index) } },
                Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Image = "nginx:1.27", Ports = [new V1ContainerPort { ContainerPort = 8080 }] }] },
            },
        },
    };
}
