using k8s.Models;

namespace InfraSdk.LocalCluster.Tests.Infrastructure;

/// <summary>Typed Deployments and Services for KubernetesClient-driven tests.</summary>
internal static class Objects
{
    public static V1Deployment Deployment(string name, int replicas, IDictionary<string, string>? labels = null) => new()
    {
        ApiVersion = "apps/v1",
        Kind = "Deployment",
        Metadata = new V1ObjectMeta { Name = name, Labels = labels ?? new Dictionary<string, string> { ["app"] = name } },
        Spec = new V1DeploymentSpec
        {
            Replicas = replicas,
            Selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app"] = name } },
            Template = new V1PodTemplateSpec
            {
                Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app"] = name } },
                Spec = new V1PodSpec { Containers = [new V1Container { Name = "web", Image = "nginx:1.27", Ports = [new V1ContainerPort { ContainerPort = 8080 }] }] },
            },
        },
    };

    public static V1Service NodePortService(string name, params V1ServicePort[] ports) => new()
    {
        ApiVersion = "v1",
        Kind = "Service",
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new V1ServiceSpec { Type = "NodePort", Selector = new Dictionary<string, string> { ["app"] = name }, Ports = ports },
    };

    public static V1ServicePort Port(string name, int port, int? nodePort = null) => new() { Name = name, Port = port, TargetPort = 8080, NodePort = nodePort };
}
