using k8s.Models;

namespace InfraSdk.Deploy.Planning;

/// <summary>Which live Service holds each nodePort (spec.ports[].nodePort and healthCheckNodePort share one pool).</summary>
internal static class NodePortHolders
{
    public static IEnumerable<(int NodePort, V1Service Service)> In(IEnumerable<V1Service> services) =>
        services.SelectMany(service =>
            (service.Spec?.Ports ?? [])
                .Select(port => port.NodePort)
                .Append(service.Spec?.HealthCheckNodePort)
                .OfType<int>()
                .Distinct()
                .Select(port => (port, service)));

    public static string Name(V1Service service) => $"{service.Metadata.NamespaceProperty}/{service.Metadata.Name}";
}
