using InfraSdk.Declarations;

namespace InfraSdk.Extraction.Model;

/// <summary>
/// One <c>new ServicePort(...)</c>. <see cref="Protocol"/> is spelled as Kubernetes spells it ("TCP", "UDP", "SCTP").
/// The spans point at the argument expressions; an absent argument has no span.
/// </summary>
internal sealed record ServicePortSpec(
    int Port,
    int? TargetPort,
    int? NodePort,
    string Protocol,
    string? Name,
    SourceSpan Span,
    SourceSpan? PortSpan,
    SourceSpan? TargetPortSpan,
    SourceSpan? NodePortSpan,
    SourceSpan? NameSpan);
