namespace InfraSdk;

/// <summary>
/// Generated into every assembly that declares topologies: the nodePorts and healthCheckNodePorts its topologies pin,
/// one line each, so that the analyzers of a project referencing this assembly see its claims (IS0002 across projects).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class NodePortClaimsAttribute(string claims) : Attribute
{
    /// <summary>The claims, as the generator writes them: one line per port.</summary>
    public string Claims { get; } = claims;
}
