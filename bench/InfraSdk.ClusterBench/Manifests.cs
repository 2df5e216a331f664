using k8s.Models;

namespace InfraSdk.ClusterBench;

/// <summary>The benchmark's objects: Service i pins nodePort 30000+i and selects Deployment i's pods.</summary>
public static class Manifests
{
    public static string Name(int index) => $"app-{index:D4}";

    // The round annotation makes a second apply an update that changes no pod.
    private static V1ObjectMeta Metadata(int index, int round) => new()
    {
        Name = Name(index),
        NamespaceProperty = "default",
        Annotations = new Dictionary<string, string> { ["bench.infrasdk.io/round"] = round.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    public static V1Service Service(int index, int round) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = Metadata(index, round),
        Spec = new V1ServiceSpec
        {
            Type = "NodePort",
            Selector = new Dictionary<string, string> { ["app"] = Name(index) },
            Ports = [new V1ServicePort { Port = 80, TargetPort = 8080, NodePort = BenchOptions.FirstNodePort + index % BenchOptions.NodePortCount }],
        },
    };

    public static V1Deployment Deployment(int index, int replicas, int round) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = Metadata(index, round),
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
