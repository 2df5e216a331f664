using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Topology;
using k8s.Models;

namespace InfraSdk.Deploy.Probing;

/// <summary>
/// Builds the (node, service port) pairs from the live cluster: the Nodes' addresses, the declared Services' live
/// nodePorts (pinned or allocated; one list request for all Services) and, for externalTrafficPolicy Local, which
/// nodes have a ready endpoint.
/// </summary>
internal sealed class ProbePlan(ClusterApi api, DesiredTopology topology)
{
    public async Task<IReadOnlyList<ProbeTarget>> BuildAsync(VerifySettings settings, CancellationToken cancellationToken) =>
        await BuildAsync(await api.ListNodesAsync(cancellationToken), await api.ListServicesAsync(cancellationToken), settings, cancellationToken);

    /// <summary>The pairs from Nodes and Services already listed (access reads them once for its own model too).</summary>
    public async Task<IReadOnlyList<ProbeTarget>> BuildAsync(IList<V1Node> liveNodes, IList<V1Service> services, VerifySettings settings, CancellationToken cancellationToken)
    {
        var nodes = liveNodes
            .Select(node => (Name: node.Metadata.Name, Address: node.Status?.Addresses?.FirstOrDefault(a => a.Type == settings.AddressType.ToString())?.Address))
            .OrderBy(node => node.Name, StringComparer.Ordinal)
            .ToList();
        var targets = new List<ProbeTarget>();
        var endpointsByNamespace = new Dictionary<string, IReadOnlyDictionary<string, V1Endpoints>>(StringComparer.Ordinal);
        var liveServices = services.ToDictionary(s => ((string?)s.Metadata.NamespaceProperty, s.Metadata.Name));
        foreach (var desired in topology.Services.Where(s => s.Service!.Spec?.Type is "NodePort" or "LoadBalancer"))
        {
            var live = liveServices.GetValueOrDefault((desired.Key.Namespace, desired.Key.Name))
                ?? throw new CommandException($"{desired.Key} is not on the cluster; run deploy first.");
            var localNodes = live.Spec.ExternalTrafficPolicy == "Local" ? await NodesWithReadyEndpointsAsync(endpointsByNamespace, desired.Key, cancellationToken) : null;
            var path = HttpPath(live, settings.Probe);
            var udpProbe = Declared(live) as UdpProbe;
            foreach (var port in (live.Spec.Ports ?? []).Where(port => port.NodePort is not null))
            {
                targets.AddRange(nodes.Select(node => new ProbeTarget(
                    node.Name, node.Address, desired.Key.QualifiedName, port.NodePort!.Value, port.Protocol ?? "TCP", path,
                    localNodes is not null && !localNodes.Contains(node.Name)) { UdpProbe = udpProbe }));
            }
        }

        return targets;
    }

    private static string? HttpPath(V1Service service, ProbeMode mode) => mode switch
    {
        ProbeMode.Tcp => null,
        ProbeMode.Http => Declared(service) is HttpProbe http ? http.Path : "/",
        _ => Declared(service) is HttpProbe http ? http.Path : null,
    };

    /// <summary>The probe the Service's annotation declares, if any.</summary>
    private static Probe? Declared(V1Service service) =>
        service.Metadata.Annotations?.TryGetValue(ProbeAnnotation.Key, out var value) == true ? ProbeAnnotation.Parse(value) : null;

    /// <summary>The nodes with a ready endpoint of a Service; one list of Endpoints per namespace, read once.</summary>
    private async Task<HashSet<string>> NodesWithReadyEndpointsAsync(
        Dictionary<string, IReadOnlyDictionary<string, V1Endpoints>> byNamespace, ObjectKey service, CancellationToken cancellationToken)
    {
        if (!byNamespace.TryGetValue(service.Namespace!, out var inNamespace))
        {
            byNamespace[service.Namespace!] = inNamespace = (await api.ListEndpointsAsync(service.Namespace!, cancellationToken))
                .GroupBy(e => e.Metadata.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        }

        var endpoints = inNamespace.GetValueOrDefault(service.Name);
        return (endpoints?.Subsets ?? [])
            .SelectMany(subset => subset.Addresses ?? [])
            .Select(address => address.NodeName)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
    }
}
