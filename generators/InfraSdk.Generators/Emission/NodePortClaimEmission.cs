namespace InfraSdk.Generators.Emission;

/// <summary>One line of <c>[assembly: NodePortClaims(...)]</c>; <see cref="Port"/> is null for a healthCheckNodePort.</summary>
internal sealed record NodePortClaimEmission(int NodePort, string Namespace, string Service, string Source, string? Protocol, int? Port);
