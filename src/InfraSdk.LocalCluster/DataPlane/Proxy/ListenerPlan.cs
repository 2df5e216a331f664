namespace InfraSdk.LocalCluster.DataPlane.Proxy;

/// <summary>One nodePort listener the data plane should have; <see cref="Backends"/> is empty when it drops.</summary>
internal sealed record ListenerPlan(ListenerKey Key, ListenerMode Mode, IReadOnlyList<Backend> Backends);
