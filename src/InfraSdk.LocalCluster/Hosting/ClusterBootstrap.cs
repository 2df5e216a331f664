using System.Net;
using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Json;
using InfraSdk.LocalCluster.Registry;
using InfraSdk.LocalCluster.Storage;

namespace InfraSdk.LocalCluster.Hosting;

/// <summary>
/// What a fresh API server finds or makes at start: the system namespaces, the kubernetes Service, and one Node
/// per address of the cluster's block. A restored state keeps its nodes' annotations; their addresses follow the
/// block this run holds.
/// </summary>
internal static class ClusterBootstrap
{
    private const string Manager = "kube-apiserver";
    private static readonly string[] SystemNamespaces = ["default", "kube-system", "kube-public", "kube-node-lease"];

    public static async Task RunAsync(ObjectRegistry registry, IReadOnlyList<IPAddress> nodeAddresses, TimeProvider time, CancellationToken cancellationToken)
    {
        var options = new WriteOptions(false, Manager, false);
        foreach (var ns in SystemNamespaces.Where(ns => registry.Store.Get(ObjectRegistry.Key(ResourceType.Namespaces, "", ns)) is null))
        {
            await registry.CreateAsync(ResourceType.Namespaces, "", new JsonObject { ["metadata"] = new JsonObject { ["name"] = ns } }, options, cancellationToken);
        }

        if (registry.Store.Get(ObjectRegistry.Key(ResourceType.Services, "default", "kubernetes")) is null)
        {
            await registry.CreateAsync(ResourceType.Services, "default", KubernetesService(), options, cancellationToken);
        }

        var wanted = nodeAddresses.Select((address, index) => (Name: NodeName(index), Address: address)).ToList();
        var changes = registry.Store.List(ResourceType.Nodes.Plural, null)
            .Where(node => wanted.All(entry => entry.Name != node.Name()))
            .Select(node => new StoreChange(ObjectRegistry.Key(ResourceType.Nodes, "", node.Name()), null))
            .ToList();
        foreach (var (name, address) in wanted)
        {
            var node = registry.Store.Get(ObjectRegistry.Key(ResourceType.Nodes, "", name)) ?? NewNode(name, time);
            node["status"] = NodeStatus(name, address, time);
            changes.Add(new StoreChange(ObjectRegistry.Key(ResourceType.Nodes, "", name), node));
        }

        registry.Store.Commit(changes);
    }

    public static string NodeName(int index) => $"node-{index + 1}";

    private static JsonObject KubernetesService() => new()
    {
        ["metadata"] = new JsonObject
        {
            ["name"] = "kubernetes",
            ["labels"] = new JsonObject { ["component"] = "apiserver", ["provider"] = "kubernetes" },
        },
        ["spec"] = new JsonObject
        {
            ["clusterIP"] = ClusterIpRange.KubernetesServiceIp.ToString(),
            ["ports"] = new JsonArray(new JsonObject { ["name"] = "https", ["port"] = 443, ["protocol"] = "TCP", ["targetPort"] = 6443 }),
        },
    };

    private static JsonObject NewNode(string name, TimeProvider time) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "Node",
        ["metadata"] = new JsonObject
        {
            ["name"] = name,
            ["uid"] = Guid.NewGuid().ToString(),
            ["creationTimestamp"] = KubernetesTime.Now(time),
            ["labels"] = new JsonObject
            {
                ["kubernetes.io/hostname"] = name,
                ["kubernetes.io/os"] = "linux",
                ["kubernetes.io/arch"] = "amd64",
                ["beta.kubernetes.io/os"] = "linux",
                ["beta.kubernetes.io/arch"] = "amd64",
            },
        },
        ["spec"] = new JsonObject(),
    };

    private static JsonObject NodeStatus(string name, IPAddress address, TimeProvider time)
    {
        var now = KubernetesTime.Now(time);
        var capacity = new JsonObject { ["cpu"] = "2", ["memory"] = "4Gi", ["pods"] = "110", ["ephemeral-storage"] = "20Gi" };
        return new JsonObject
        {
            ["capacity"] = capacity,
            ["allocatable"] = capacity.DeepClone(),
            ["conditions"] = new JsonArray(
                Condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available", now),
                Condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", now),
                Condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available", now),
                Condition("Ready", "True", "KubeletReady", "kubelet is posting ready status", now)),
            ["addresses"] = new JsonArray(
                new JsonObject { ["type"] = "InternalIP", ["address"] = address.ToString() },
                new JsonObject { ["type"] = "Hostname", ["address"] = name }),
            ["nodeInfo"] = new JsonObject
            {
                ["machineID"] = "",
                ["systemUUID"] = "",
                ["bootID"] = "",
                ["kernelVersion"] = Environment.OSVersion.Version.ToString(),
                ["osImage"] = "InfraSdk local node",
                ["containerRuntimeVersion"] = "infrasdk://builtin",
                ["kubeletVersion"] = "v1.32.0",
                ["kubeProxyVersion"] = "v1.32.0",
                ["operatingSystem"] = "linux",
                ["architecture"] = "amd64",
            },
        };
    }

    private static JsonObject Condition(string type, string status, string reason, string message, string time) => new()
    {
        ["type"] = type,
        ["status"] = status,
        ["lastHeartbeatTime"] = time,
        ["lastTransitionTime"] = time,
        ["reason"] = reason,
        ["message"] = message,
    };
}
