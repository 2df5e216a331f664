using System.Net;
using InfraSdk.LocalCluster.DataPlane;
using InfraSdk.LocalCluster.Network;

namespace InfraSdk.LocalCluster.Tests.DataPlane;

/// <summary>A data plane on its own address block with three healthy nodes, and builders for desired states.</summary>
internal sealed class TestDataPlane : IAsyncDisposable
{
    public const string Namespace = "shop";
    public const string App = "my-web-app";

    private TestDataPlane(AddressBlock block, int maxPodsPerNode)
    {
        Block = block;
        Plane = new NodePortDataPlane(block, maxPodsPerNode: maxPodsPerNode);
        Nodes = [.. block.NodeAddresses.Select((address, i) => new NodeState($"node-{i + 1}", address, Fault: null))];
    }

    public AddressBlock Block { get; }

    public NodePortDataPlane Plane { get; }

    public IReadOnlyList<NodeState> Nodes { get; }

    public static TestDataPlane Start(int nodes = 3, int maxPodsPerNode = NodePortDataPlane.DefaultMaxPodsPerNode) => new(AddressBlock.Reserve(nodes), maxPodsPerNode);

    /// <summary>A Deployment whose container ports are declared both TCP and UDP.</summary>
    public static DeploymentState Deployment(int replicas, string name = App, string ns = Namespace, params int[] ports) =>
        new(ns, name, replicas, new Dictionary<string, string> { ["app"] = name }, ports.Length == 0 ? [8080] : ports, UdpPorts: ports.Length == 0 ? [8080] : ports);

    public static ServiceState NodePortService(
        int nodePort,
        string app = App,
        string ns = Namespace,
        int targetPort = 8080,
        string protocol = "TCP",
        bool local = false,
        string type = "NodePort") =>
        new(ns, $"{app}-svc", type, new Dictionary<string, string> { ["app"] = app }, local,
            [new ServicePortState("http", protocol, 80, targetPort, nodePort)]);

    /// <summary>Any port of the default range: the block's addresses are this data plane's alone, so none is taken.</summary>
    public static int RandomNodePort() => Random.Shared.Next(30000, 32768);

    public Task ApplyAsync(IEnumerable<DeploymentState> deployments, IEnumerable<ServiceState> services, IReadOnlyList<NodeState>? nodes = null) =>
        Plane.ApplyAsync(new DesiredState(nodes ?? Nodes, [.. deployments], [.. services]), CancellationToken.None);

    public IReadOnlyList<NodeState> WithFault(int nodeIndex, string? fault) =>
        [.. Nodes.Select((node, i) => i == nodeIndex ? node with { Fault = fault } : node)];

    public IPEndPoint NodePort(int nodeIndex, int nodePort) => new(Nodes[nodeIndex].Address, nodePort);

    public async ValueTask DisposeAsync()
    {
        await Plane.DisposeAsync();
        Block.Dispose();
    }
}
