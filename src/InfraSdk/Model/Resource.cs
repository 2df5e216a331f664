namespace InfraSdk;

/// <summary>A named Kubernetes object declared in a topology.</summary>
public abstract class Resource
{
    public const string DefaultNamespace = "default";

    protected Resource(string name) => Name = name;

    /// <summary>metadata.name.</summary>
    public string Name { get; }

    /// <summary>metadata.namespace; when null the topology's namespace is used.</summary>
    public string? Namespace { get; init; }

    /// <summary>metadata.labels, next to the labels InfraSdk adds to mark ownership.</summary>
    public Dictionary<string, string> Labels { get; init; } = [];

    /// <summary>metadata.annotations.</summary>
    public Dictionary<string, string> Annotations { get; init; } = [];

    /// <summary>The Kubernetes kind, e.g. "Service".</summary>
    public abstract string Kind { get; }
}
