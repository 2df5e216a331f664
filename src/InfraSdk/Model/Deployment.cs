using k8s.Models;

namespace InfraSdk;

/// <summary>
/// An apps/v1 Deployment. Its Pods carry <see cref="Resource.Labels"/> and the label <c>infrasdk.io/deployment: &lt;name&gt;</c>,
/// which is also its selector unless <see cref="Selector"/> is given: adding a label later never changes the
/// selector, which the API server keeps immutable.
/// </summary>
public sealed class Deployment(string name) : Resource<V1Deployment>(name)
{
    public override string Kind => "Deployment";

    /// <summary>spec.replicas; null leaves the API server's default (1), or the HorizontalPodAutoscaler's choice.</summary>
    public int? Replicas { get; init; }

    /// <summary>The main container; its name defaults to the Deployment's.</summary>
    public Container? Container { get; init; }

    /// <summary>More containers in each Pod, beside the main one.</summary>
    public List<Container> Sidecars { get; init; } = [];

    /// <summary>Containers that run to completion, in order, before the others start.</summary>
    public List<Container> InitContainers { get; init; } = [];

    /// <summary>spec.selector.matchLabels. Immutable once deployed; the Pod labels must include it (IS0022).</summary>
    public Dictionary<string, string> Selector { get; init; } = [];

    /// <summary>Annotations on each Pod (spec.template.metadata.annotations).</summary>
    public Dictionary<string, string> PodAnnotations { get; init; } = [];

    /// <summary>spec.strategy: <see cref="RollingUpdateStrategy"/> (the default) or <see cref="RecreateStrategy"/>.</summary>
    public DeploymentStrategy? Strategy { get; init; }

    /// <summary>spec.revisionHistoryLimit.</summary>
    public int? RevisionHistoryLimit { get; init; }

    /// <summary>spec.minReadySeconds.</summary>
    public int? MinReadySeconds { get; init; }

    /// <summary>Pod volumes, mounted by name through <see cref="Container.VolumeMounts"/>.</summary>
    public List<Volume> Volumes { get; init; } = [];

    /// <summary>spec.template.spec.serviceAccountName.</summary>
    public string? ServiceAccount { get; init; }

    /// <summary>spec.template.spec.nodeSelector.</summary>
    public Dictionary<string, string> NodeSelector { get; init; } = [];

    public List<Toleration> Tolerations { get; init; } = [];

    /// <summary>The Pod's securityContext.</summary>
    public PodSecurity? Security { get; init; }

    /// <summary>Names of docker-registry Secrets to pull images with.</summary>
    public List<string> ImagePullSecrets { get; init; } = [];

    public int? TerminationGracePeriodSeconds { get; init; }
}

/// <summary>spec.strategy of a Deployment.</summary>
public abstract record DeploymentStrategy;

/// <summary>Replace Pods a few at a time. Each value is a count ("1") or a percentage ("25%").</summary>
public sealed record RollingUpdateStrategy(string? MaxSurge = null, string? MaxUnavailable = null) : DeploymentStrategy;

/// <summary>Stop every old Pod before starting new ones.</summary>
public sealed record RecreateStrategy : DeploymentStrategy;
