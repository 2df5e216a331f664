using InfraSdk.Declarations;

namespace InfraSdk.Extraction.Model;

/// <summary>
/// A nodePort number a Service declares: a port's <c>NodePort</c> (<see cref="Port"/> set) or its
/// healthCheckNodePort (<see cref="Port"/> null). <see cref="Span"/> points at the value.
/// </summary>
internal readonly record struct PinnedNodePort(int NodePort, SourceSpan Span, ServicePortSpec? Port);
