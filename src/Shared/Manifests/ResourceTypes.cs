namespace InfraSdk.Manifests;

/// <summary>The model types a topology member can have, with the Kubernetes kind and apiVersion each maps to.</summary>
internal static class ResourceTypes
{
    /// <summary>("apps/v1", "Deployment") for "Deployment"; null for a type that is not a model resource.</summary>
    public static (string ApiVersion, string Kind)? Of(string modelType) => modelType switch
    {
        "Deployment" => ("apps/v1", "Deployment"),
        "ClusterIPService" or "NodePortService" or "LoadBalancerService" => ("v1", "Service"),
        "ConfigMap" => ("v1", "ConfigMap"),
        "Secret" => ("v1", "Secret"),
        "Ingress" => ("networking.k8s.io/v1", "Ingress"),
        "HorizontalPodAutoscaler" => ("autoscaling/v2", "HorizontalPodAutoscaler"),
        "PodDisruptionBudget" => ("policy/v1", "PodDisruptionBudget"),
        _ => null,
    };

    public static bool IsService(string modelType) => modelType is "ClusterIPService" or "NodePortService" or "LoadBalancerService";

    /// <summary>NodePort and LoadBalancer Services get nodePorts.</summary>
    public static bool HasNodePorts(string modelType) => modelType is "NodePortService" or "LoadBalancerService";

    /// <summary>spec.type of a Service model type.</summary>
    public static string ServiceType(string modelType) => modelType switch
    {
        "NodePortService" => "NodePort",
        "LoadBalancerService" => "LoadBalancer",
        _ => "ClusterIP",
    };
}
