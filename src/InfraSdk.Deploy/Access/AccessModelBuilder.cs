using InfraSdk.Deploy.ClusterAccess;
using InfraSdk.Deploy.Probing;
using InfraSdk.Deploy.Topology;
using k8s.Models;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// Reads the live Nodes and Services (one list each), probes every (node, service port) pair as verify does, and builds
/// the <see cref="AccessModel"/>: a node without an address of the asked type serves nothing, and under
/// externalTrafficPolicy Local only the nodes with a ready endpoint serve a port.
/// </summary>
internal sealed class AccessModelBuilder(ClusterApi api, DesiredTopology topology, AccessSettings settings, VerifySettings probing)
{
    public async Task<AccessModel> BuildAsync(CancellationToken cancellationToken)
    {
        var nodes = await api.ListNodesAsync(cancellationToken);
        var services = await api.ListServicesAsync(cancellationToken);
        var targets = await new ProbePlan(api, topology).BuildAsync(nodes, services, probing, cancellationToken);
        var results = await Reachability.ProbeAsync(targets, probing, cancellationToken);
        return Build(nodes, services, results);
    }

    /// <summary>The model from listed Nodes and Services and the probe results of their pairs.</summary>
    public AccessModel Build(IList<V1Node> nodes, IList<V1Service> services, IReadOnlyList<ProbeResult> results)
    {
        var addressType = settings.AddressType.ToString();
        var accessNodes = nodes
            .Select(node => new AccessNode(node.Metadata.Name, node.Status?.Addresses?.FirstOrDefault(a => a.Type == addressType)?.Address))
            .OrderBy(node => node.Name, StringComparer.Ordinal)
            .ToList();
        var byPort = results.ToLookup(result => (result.Target.Service, result.Target.NodePort, result.Target.Protocol));
        var live = services.ToDictionary(s => ((string?)s.Metadata.NamespaceProperty, s.Metadata.Name));
        var accessServices = new List<AccessService>();
        foreach (var desired in topology.Services.Where(s => s.Service!.Spec?.Type is "NodePort" or "LoadBalancer"))
        {
            if (!live.TryGetValue((desired.Key.Namespace, desired.Key.Name), out var service))
            {
                continue;
            }

            var spec = service.Spec;
            var ports = new List<AccessPort>();
            var accessService = new AccessService(service.Metadata.NamespaceProperty, service.Metadata.Name, spec.Type, spec.ExternalTrafficPolicy == "Local",
                spec.Type == "LoadBalancer" ? spec.HealthCheckNodePort : null, ports);
            foreach (var port in (spec.Ports ?? []).Where(port => port.NodePort is not null))
            {
                var protocol = port.Protocol ?? "TCP";
                var backends = byPort[(desired.Key.QualifiedName, port.NodePort!.Value, protocol)]
                    .Where(result => result.Target.Address is not null && result.Outcome != ProbeOutcome.NoLocalEndpoint)
                    .Select(result => new AccessBackend(result.Target.Node, result.Target.Address!, result.Outcome))
                    .ToList();
                ports.Add(new AccessPort(accessService, port.Name, protocol, port.Port, port.NodePort.Value, backends));
            }

            accessServices.Add(accessService);
        }

        return new AccessModel(accessNodes, accessServices, settings);
    }
}
