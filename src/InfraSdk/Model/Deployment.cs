namespace InfraSdk;

/// <summary>
/// An apps/v1 Deployment with one container. <see cref="Resource.Labels"/> label the Deployment, its Pod template and
/// select its Pods; with no labels the Deployment selects <c>app: &lt;name&gt;</c>.
/// </summary>
public sealed class Deployment(string name) : Resource(name)
{
    public override string Kind => "Deployment";

    /// <summary>The container image, e.g. "nginx:1.27".</summary>
    public string? Image { get; init; }

    /// <summary>spec.replicas. Default 1.</summary>
    public int Replicas { get; init; } = 1;

    /// <summary>The TCP ports the container listens on.</summary>
    public IList<int> ContainerPorts { get; init; } = new List<int>();
}
