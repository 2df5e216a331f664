using InfraSdk.Deploy.Topology;

namespace InfraSdk.Deploy.Waiting;

/// <summary>Whether one object is ready, and how far along it is ("2/3 replicas ready").</summary>
internal sealed record Readiness(ObjectKey Key, bool Ready, string Detail);
