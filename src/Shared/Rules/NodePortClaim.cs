using InfraSdk.Declarations;

namespace InfraSdk.Rules;

/// <summary>
/// One nodePort number a Service asks for: a pinned <c>NodePort</c> of one of its ports, or its healthCheckNodePort.
/// </summary>
/// <param name="NodePort">The claimed port number.</param>
/// <param name="Field">"nodePort" or "healthCheckNodePort", as messages name it.</param>
/// <param name="Owner">Identifies the claiming declaration; two claims with the same owner come from one Service.</param>
/// <param name="Service">"shop/my-nodeport-service".</param>
/// <param name="Source">"ShopTopology.cs:17".</param>
/// <param name="Span">Where it is declared in this compilation; null for a claim of a referenced assembly.</param>
/// <param name="ServicePort">The claiming entry's port, 0 for a healthCheckNodePort.</param>
/// <param name="Protocol">"TCP", "UDP" or "SCTP"; empty for a healthCheckNodePort.</param>
internal sealed record NodePortClaim(
    int NodePort,
    string Field,
    string Owner,
    string Service,
    string Source,
    SourceSpan? Span,
    int ServicePort,
    string Protocol)
{
    public const string NodePortField = "nodePort";
    public const string HealthCheckNodePortField = "healthCheckNodePort";

    public bool IsReferenced => Span is null;

    /// <summary>
    /// The API server's allocator keeps one bitmap over port numbers whatever the protocol, so a number belongs to
    /// one Service; only entries of the same Service with the same port and different protocols share it (53/TCP, 53/UDP).
    /// </summary>
    public bool CanShareWith(NodePortClaim other) =>
        Owner == other.Owner
        && Field == NodePortField
        && other.Field == NodePortField
        && ServicePort == other.ServicePort
        && Protocol != other.Protocol;
}
