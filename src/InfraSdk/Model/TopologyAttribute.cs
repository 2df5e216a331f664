namespace InfraSdk;

/// <summary>
/// Marks a <c>static partial</c> class whose static readonly fields and properties declare one topology:
/// the source generator adds <c>Manifests</c> and <c>Resources</c> to it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TopologyAttribute : Attribute
{
    /// <summary>The namespace of every resource that does not name its own. Default: "default".</summary>
    public string Namespace { get; set; } = Resource.DefaultNamespace;
}
