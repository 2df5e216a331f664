using k8s.Models;

namespace InfraSdk;

/// <summary>An autoscaling/v2 HorizontalPodAutoscaler that scales the declared Deployment <see cref="Deployment"/>.</summary>
public sealed class HorizontalPodAutoscaler(string name) : Resource<V2HorizontalPodAutoscaler>(name)
{
    public override string Kind => "HorizontalPodAutoscaler";

    /// <summary>The name of the Deployment to scale.</summary>
    public string? Deployment { get; init; }

    public int? MinReplicas { get; init; }

    /// <summary>spec.maxReplicas; null is <see cref="MinReplicas"/> (or 1).</summary>
    public int? MaxReplicas { get; init; }

    /// <summary>Target average CPU utilization, in percent of the containers' requests.</summary>
    public int? CpuUtilization { get; init; }

    /// <summary>Target average memory utilization, in percent of the containers' requests.</summary>
    public int? MemoryUtilization { get; init; }
}

/// <summary>A policy/v1 PodDisruptionBudget over the Pods of the declared Deployment <see cref="Deployment"/>.</summary>
public sealed class PodDisruptionBudget(string name) : Resource<V1PodDisruptionBudget>(name)
{
    public override string Kind => "PodDisruptionBudget";

    /// <summary>The name of the Deployment whose Pods are protected.</summary>
    public string? Deployment { get; init; }

    /// <summary>A count ("2") or a percentage ("50%"); give this or <see cref="MaxUnavailable"/>.</summary>
    public string? MinAvailable { get; init; }

    /// <summary>A count ("1") or a percentage ("25%").</summary>
    public string? MaxUnavailable { get; init; }
}
