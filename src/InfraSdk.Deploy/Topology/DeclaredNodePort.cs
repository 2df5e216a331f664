namespace InfraSdk.Deploy.Topology;

/// <summary>A nodePort pinned by a declared Service: which Service, which entry of spec.ports.</summary>
internal sealed record DeclaredNodePort(DesiredObject Service, int PortIndex, int NodePort, int Port, string Protocol)
{
    public static IEnumerable<DeclaredNodePort> In(DesiredTopology topology) =>
        topology.Services.SelectMany(service =>
        {
            var spec = service.Service!.Spec;
            var ports = (spec?.Ports ?? []).Select((port, index) => port.NodePort is { } nodePort
                ? new DeclaredNodePort(service, index, nodePort, port.Port, port.Protocol ?? "TCP")
                : null).OfType<DeclaredNodePort>();
            return spec?.HealthCheckNodePort is { } health
                ? ports.Append(new DeclaredNodePort(service, -1, health, 0, "TCP"))
                : ports;
        });

    /// <summary>"Ports[0] (80/TCP)" or "healthCheckNodePort", as messages name the declaration.</summary>
    public string Where => PortIndex < 0 ? "healthCheckNodePort" : $"Ports[{PortIndex}] ({Port}/{Protocol})";
}
