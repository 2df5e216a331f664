using InfraSdk.LocalCluster.DataPlane.Pods;

namespace InfraSdk.LocalCluster.DataPlane.Proxy;

/// <summary>
/// The nodePort listeners kube-proxy's rules amount to, for the desired state and the running pods:
/// every TCP and UDP nodePort of every NodePort or LoadBalancer Service on every node, where
/// <list type="bullet">
/// <item>a node with the fault <c>drop</c> drops (firewall), one with <c>refuse</c> has no listener (refused);</item>
/// <item>a Service with no ready endpoint has no listener: kube-proxy REJECTs, the connect is refused;</item>
/// <item>with <c>externalTrafficPolicy: Local</c> a node forwards only to its own pods, and a node without one
/// drops, as kube-proxy's "has no local endpoints" DROP rule does (the connect times out);</item>
/// <item>otherwise the node forwards to every ready pod of the Service.</item>
/// </list>
/// </summary>
internal static class NodePortPlan
{
    public const string DropFault = "drop";
    public const string RefuseFault = "refuse";

    /// <summary>The listeners of one Service, given the pods that may back it (those it does not select are left out).</summary>
    public static IReadOnlyList<ListenerPlan> ForService(ServiceState service, IReadOnlyList<NodeState> nodes, IEnumerable<PodServer> pods)
    {
        var plans = new List<ListenerPlan>();
        if (!HasNodePorts(service))
        {
            return plans;
        }

        var endpoints = pods.Where(pod => pod.Info.Ready && Selects(service, pod.Info)).ToList();
        foreach (var port in service.Ports)
        {
            if (port.NodePort is not { } nodePort || !IsProxied(port.Protocol))
            {
                continue;
            }

            var backends = endpoints
                .Select(pod => new Backend(pod.Info.Name, pod.Info.NodeName, pod.EndpointFor(port.Protocol, port.TargetPort)))
                .ToList();
            foreach (var node in nodes)
            {
                var key = new ListenerKey(node.Address, port.Protocol.ToUpperInvariant(), nodePort);
                if (PlanFor(key, node, service, backends) is { } plan)
                {
                    plans.Add(plan);
                }
            }
        }

        return plans;
    }

    /// <summary>Whether a Service may select the pods of a Deployment with these pod labels.</summary>
    public static bool MaySelect(ServiceState service, DeploymentState deployment) =>
        service.Namespace == deployment.Namespace
        && service.Selector.Count > 0
        && service.Selector.All(pair => pair.Key == PodNames.TemplateHashLabel || (deployment.PodLabels.TryGetValue(pair.Key, out var value) && value == pair.Value));

    private static ListenerPlan? PlanFor(ListenerKey key, NodeState node, ServiceState service, IReadOnlyList<Backend> backends)
    {
        if (node.Fault == DropFault)
        {
            return new ListenerPlan(key, ListenerMode.Drop, []);
        }

        if (node.Fault == RefuseFault || backends.Count == 0)
        {
            return null;
        }

        if (!service.ExternalTrafficPolicyLocal)
        {
            return new ListenerPlan(key, ListenerMode.Forward, backends);
        }

        var local = backends.Where(backend => backend.NodeName == node.Name).ToList();
        return local.Count == 0 ? new ListenerPlan(key, ListenerMode.Drop, []) : new ListenerPlan(key, ListenerMode.Forward, local);
    }

    private static bool HasNodePorts(ServiceState service) => service.Type is "NodePort" or "LoadBalancer";

    private static bool IsProxied(string protocol) =>
        protocol.Equals("TCP", StringComparison.OrdinalIgnoreCase) || protocol.Equals("UDP", StringComparison.OrdinalIgnoreCase);

    // A Service without a selector gets no endpoints from the cluster (they would be managed by hand).
    private static bool Selects(ServiceState service, PodInfo pod) =>
        pod.Namespace == service.Namespace
        && service.Selector.Count > 0
        && service.Selector.All(pair => pod.Labels.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
