using System.Net;
using System.Text.Json.Nodes;
using InfraSdk.Kubernetes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>
/// The Service REST storage's allocation step (pkg/registry/core/service/storage/alloc.go): cluster IPs,
/// nodePorts and healthCheckNodePorts, with the same errors as kube-apiserver. The bitmaps are rebuilt from
/// the stored Services at start, so a restart keeps every allocation. Freed nodePorts wait out
/// <see cref="LocalClusterOptions.NodePortReleaseDelay"/> before they can be claimed again.
/// </summary>
internal sealed class ServiceAllocator
{
    private readonly NodePortAllocator _nodePorts;
    private readonly DelayedNodePortReleases _nodePortReleases;
    private readonly ClusterIpRange _clusterIps = new();
    private readonly Random _random;

    public ServiceAllocator(NodePortRange range, Random random, IEnumerable<JsonObject> storedServices, TimeSpan nodePortReleaseDelay, TimeProvider time)
    {
        _nodePorts = new NodePortAllocator(range);
        _nodePortReleases = new DelayedNodePortReleases(_nodePorts, nodePortReleaseDelay, time);
        _random = random;
        foreach (var service in storedServices)
        {
            var spec = service.Object("spec");
            foreach (var port in ServiceDefaults.NodePorts(spec).Append(spec.Integer("healthCheckNodePort") ?? 0).Where(port => port != 0).Distinct())
            {
                _nodePorts.Allocate((int)port);
            }

            if (IPAddress.TryParse(spec.String("clusterIP"), out var ip) && _clusterIps.Contains(ip, out var offset))
            {
                _clusterIps.Set(offset, true);
            }
        }
    }

    /// <summary>Starts the allocations of one write; called under the registry's write lock.</summary>
    public AllocationTransaction Begin(bool dryRun)
    {
        _nodePortReleases.ReleaseDue();
        return new(_nodePorts, _nodePortReleases, _clusterIps, _random, dryRun);
    }

    /// <summary>allocateCreate: a cluster IP unless headless or ExternalName, nodePorts, a healthCheckNodePort.</summary>
    public void AllocateCreate(JsonObject service, AllocationTransaction transaction)
    {
        var spec = service.EnsureObject("spec");
        if (ServiceDefaults.NeedsClusterIp(spec))
        {
            AllocateClusterIp(service, spec, transaction);
        }

        if (ServiceDefaults.NeedsNodePorts(spec))
        {
            InitNodePorts(service, spec, transaction);
        }

        AllocateHealthCheckNodePort(service, spec, null, transaction);
    }

    /// <summary>allocateUpdate: claims new ports, and frees the ones the Service no longer uses once the update commits.</summary>
    public void AllocateUpdate(JsonObject service, JsonObject old, AllocationTransaction transaction)
    {
        var spec = service.EnsureObject("spec");
        var oldSpec = old.Object("spec");
        if (ServiceDefaults.NeedsClusterIp(spec) && string.IsNullOrEmpty(spec.String("clusterIP")))
        {
            AllocateClusterIp(service, spec, transaction);
        }
        else if (!ServiceDefaults.NeedsClusterIp(spec) && IPAddress.TryParse(oldSpec.String("clusterIP"), out var oldIp))
        {
            transaction.ReleaseClusterIpLater(oldIp);
        }

        var oldPorts = ServiceDefaults.NodePorts(oldSpec).ToHashSet();
        if (ServiceDefaults.NeedsNodePorts(spec))
        {
            var claimed = new HashSet<long>();
            var ports = spec.Array("ports").Objects().ToList();
            for (var i = 0; i < ports.Count; i++)
            {
                var nodePort = ports[i].Integer("nodePort") ?? 0;
                if (nodePort == 0 && !ShouldAllocateNodePorts(spec))
                {
                    continue;
                }

                if (nodePort == 0)
                {
                    ports[i]["nodePort"] = AllocateNext(transaction);
                }
                else if (!oldPorts.Contains(nodePort) && claimed.Add(nodePort) && transaction.AllocateNodePort((int)nodePort) is { } error)
                {
                    throw NodePortInvalid(service, i, nodePort, error);
                }
            }
        }

        var newPorts = ServiceDefaults.NodePorts(spec).ToHashSet();
        foreach (var released in oldPorts.Where(port => !newPorts.Contains(port)))
        {
            transaction.ReleaseNodePortLater((int)released);
        }

        AllocateHealthCheckNodePort(service, spec, oldSpec, transaction);
    }

    /// <summary>Frees everything a deleted Service held, once the delete commits.</summary>
    public static void ReleaseAll(JsonObject service, AllocationTransaction transaction)
    {
        var spec = service.Object("spec");
        foreach (var port in ServiceDefaults.NodePorts(spec).Append(spec.Integer("healthCheckNodePort") ?? 0).Where(port => port != 0).Distinct())
        {
            transaction.ReleaseNodePortLater((int)port);
        }

        if (IPAddress.TryParse(spec.String("clusterIP"), out var ip))
        {
            transaction.ReleaseClusterIpLater(ip);
        }
    }

    /// <summary>
    /// initNodePorts: ports sharing a port number (53/TCP and 53/UDP) share one nodePort; a requested one is
    /// claimed, a missing one picked automatically.
    /// </summary>
    private static void InitNodePorts(JsonObject service, JsonObject spec, AllocationTransaction transaction)
    {
        var byServicePort = new Dictionary<long, long>();
        var ports = spec.Array("ports").Objects().ToList();
        for (var i = 0; i < ports.Count; i++)
        {
            var nodePort = ports[i].Integer("nodePort") ?? 0;
            if (nodePort == 0 && !ShouldAllocateNodePorts(spec))
            {
                continue;
            }

            var servicePort = ports[i].Integer("port") ?? 0;
            if (!byServicePort.TryGetValue(servicePort, out var allocated))
            {
                var requested = ports.Skip(i).Where(port => port.Integer("port") == servicePort).Select(port => port.Integer("nodePort") ?? 0).FirstOrDefault(port => port != 0);
                if (requested != 0)
                {
                    if (transaction.AllocateNodePort((int)requested) is { } error)
                    {
                        throw NodePortInvalid(service, i, requested, error);
                    }

                    allocated = requested;
                }
                else
                {
                    allocated = AllocateNext(transaction);
                }

                ports[i]["nodePort"] = allocated;
                byServicePort[servicePort] = allocated;
            }
            else if (nodePort == 0)
            {
                ports[i]["nodePort"] = allocated;
            }
            else if (nodePort != allocated && transaction.AllocateNodePort((int)nodePort) is { } error)
            {
                throw NodePortInvalid(service, i, nodePort, error);
            }
        }
    }

    private static void AllocateHealthCheckNodePort(JsonObject service, JsonObject spec, JsonObject? oldSpec, AllocationTransaction transaction)
    {
        var needed = ServiceValidation.NeedsHealthCheck(spec);
        var requested = spec.Integer("healthCheckNodePort") ?? 0;
        var previous = oldSpec.Integer("healthCheckNodePort") ?? 0;
        if (needed && requested == 0)
        {
            spec["healthCheckNodePort"] = AllocateNext(transaction);
        }
        else if (needed && requested != previous && transaction.AllocateNodePort((int)requested) is { } error)
        {
            throw ApiException.Invalid(ResourceType.Services, service.Name(), [FieldError.Invalid("spec.healthCheckNodePort", requested, error)]);
        }

        if (previous != 0 && (!needed || requested != previous))
        {
            transaction.ReleaseNodePortLater((int)previous);
        }
    }

    private static void AllocateClusterIp(JsonObject service, JsonObject spec, AllocationTransaction transaction)
    {
        var requested = spec.String("clusterIP") ?? "";
        if (requested == "None")
        {
            spec["clusterIPs"] = new JsonArray("None");
            return;
        }

        IPAddress address;
        if (requested.Length == 0)
        {
            address = transaction.AllocateNextClusterIp() ?? throw ApiException.InternalError("failed to allocate a serviceIP: range is full");
        }
        else if (!IPAddress.TryParse(requested, out address!))
        {
            throw ApiException.Invalid(ResourceType.Services, service.Name(), [FieldError.Invalid("spec.clusterIPs[0]", requested, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)")]);
        }
        else if (transaction.AllocateClusterIp(address) is { } error)
        {
            throw ApiException.Invalid(ResourceType.Services, service.Name(), [FieldError.InvalidPrinted("spec.clusterIPs", $"[]string{{{FieldError.Quote(requested)}}}", error)]);
        }

        spec["clusterIP"] = address.ToString();
        spec["clusterIPs"] = new JsonArray(address.ToString());
        spec["ipFamilies"] = new JsonArray("IPv4");
        spec["ipFamilyPolicy"] ??= "SingleStack";
    }

    private static long AllocateNext(AllocationTransaction transaction) =>
        transaction.AllocateNextNodePort() ?? throw ApiException.InternalError("failed to allocate a nodePort: " + NodePortAllocator.RangeFull);

    /// <summary>allocateLoadBalancerNodePorts: false skips automatic nodePorts of a LoadBalancer but keeps requested ones.</summary>
    private static bool ShouldAllocateNodePorts(JsonObject spec) =>
        spec.String("type") == "NodePort" || (spec.String("type") == "LoadBalancer" && spec.Boolean("allocateLoadBalancerNodePorts") != false);

    private static ApiException NodePortInvalid(JsonObject service, int index, long nodePort, string error) =>
        ApiException.Invalid(ResourceType.Services, service.Name(), [FieldError.Invalid($"spec.ports[{index}].nodePort", nodePort, error)]);
}
