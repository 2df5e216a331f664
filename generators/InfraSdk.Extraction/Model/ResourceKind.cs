namespace InfraSdk.Extraction.Model;

/// <summary>The types a topology member can have: the model's resources, or any KubernetesClient object.</summary>
internal enum ResourceKind
{
    Deployment,
    ClusterIPService,
    NodePortService,
    LoadBalancerService,
    ConfigMap,
    Secret,
    Ingress,
    HorizontalPodAutoscaler,
    PodDisruptionBudget,

    /// <summary>A k8s.Models object (V1NetworkPolicy, V1StatefulSet, ...): mapped at run time, as it is.</summary>
    KubernetesObject,
}
