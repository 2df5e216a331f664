using InfraSdk.LocalCluster.DataPlane;

namespace InfraSdk.LocalCluster.Tests.DataPlane;

public sealed class FaultTests
{
    [Fact]
    public async Task A_dropping_node_lets_connects_time_out_while_the_other_nodes_answer()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        DeploymentState[] deployments = [TestDataPlane.Deployment(replicas: 2)];
        ServiceState[] services = [TestDataPlane.NodePortService(nodePort)];
        await cluster.ApplyAsync(deployments, services);

        await cluster.ApplyAsync(deployments, services, cluster.WithFault(1, "drop"));

        Assert.Equal(ConnectOutcome.TimedOut, await NodeProbe.ConnectAsync(cluster.NodePort(1, nodePort)));
        Assert.Equal(ConnectOutcome.TimedOut, await NodeProbe.ConnectAsync(cluster.NodePort(1, nodePort)));
        await NodeProbe.GetAsync(cluster.NodePort(0, nodePort));
        await NodeProbe.GetAsync(cluster.NodePort(2, nodePort));
    }

    [Fact]
    public async Task A_fault_on_one_node_leaves_open_connections_through_the_others_alone()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        DeploymentState[] deployments = [TestDataPlane.Deployment(replicas: 1)];
        ServiceState[] services = [TestDataPlane.NodePortService(nodePort)];
        await cluster.ApplyAsync(deployments, services);
        using var open = await NodeProbe.OpenAsync(cluster.NodePort(0, nodePort));

        await cluster.ApplyAsync(deployments, services, cluster.WithFault(1, "drop"));
        await cluster.ApplyAsync(deployments, services, cluster.WithFault(2, "refuse"));

        var answer = await NodeProbe.ExchangeAsync(open, "GET / HTTP/1.1\r\nHost: node\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 200 OK", answer);
        Assert.Contains($"\"pod\":\"{cluster.Plane.Pods[0].Name}\"", answer);
    }

    [Fact]
    public async Task A_dropping_node_drops_even_where_a_healthy_node_refuses_for_want_of_pods()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();

        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 0)], [TestDataPlane.NodePortService(nodePort)], cluster.WithFault(0, "drop"));

        Assert.Equal(ConnectOutcome.TimedOut, await NodeProbe.ConnectAsync(cluster.NodePort(0, nodePort)));
        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(cluster.NodePort(1, nodePort)));
    }

    [Fact]
    public async Task A_refusing_node_refuses_connects_while_the_other_nodes_answer()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        DeploymentState[] deployments = [TestDataPlane.Deployment(replicas: 2)];
        ServiceState[] services = [TestDataPlane.NodePortService(nodePort)];

        await cluster.ApplyAsync(deployments, services, cluster.WithFault(0, "refuse"));

        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(cluster.NodePort(0, nodePort)));
        await NodeProbe.GetAsync(cluster.NodePort(1, nodePort));
        await NodeProbe.GetAsync(cluster.NodePort(2, nodePort));
    }

    [Theory]
    [InlineData("drop")]
    [InlineData("refuse")]
    public async Task Removing_the_fault_heals_the_node(string fault)
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        DeploymentState[] deployments = [TestDataPlane.Deployment(replicas: 1)];
        ServiceState[] services = [TestDataPlane.NodePortService(nodePort)];
        await cluster.ApplyAsync(deployments, services);
        await NodeProbe.GetAsync(cluster.NodePort(2, nodePort));
        await cluster.ApplyAsync(deployments, services, cluster.WithFault(2, fault));
        Assert.NotEqual(ConnectOutcome.Connected, await NodeProbe.ConnectAsync(cluster.NodePort(2, nodePort)));

        await cluster.ApplyAsync(deployments, services);

        Assert.Equal(cluster.Plane.Pods[0].Name, (await NodeProbe.GetAsync(cluster.NodePort(2, nodePort))).Pod);
    }

    [Fact]
    public async Task A_fault_leaves_the_pods_on_that_node_serving_through_the_other_nodes()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        DeploymentState[] deployments = [TestDataPlane.Deployment(replicas: 3)];
        ServiceState[] services = [TestDataPlane.NodePortService(nodePort)];

        await cluster.ApplyAsync(deployments, services, cluster.WithFault(0, "refuse"));

        var reached = new HashSet<string>();
        for (var i = 0; i < 3; i++)
        {
            reached.Add((await NodeProbe.GetAsync(cluster.NodePort(1, nodePort))).Node);
        }

        Assert.Contains(cluster.Nodes[0].Name, reached);
    }

    [Fact]
    public async Task A_dropping_node_swallows_udp_datagrams()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        DeploymentState[] deployments = [TestDataPlane.Deployment(replicas: 1, ports: [5353])];
        ServiceState[] services = [TestDataPlane.NodePortService(nodePort, targetPort: 5353, protocol: "UDP")];

        await cluster.ApplyAsync(deployments, services, cluster.WithFault(0, "drop"));

        Assert.Null(await NodeProbe.UdpRoundTripAsync(cluster.NodePort(0, nodePort), "ping"u8.ToArray()));
        Assert.Equal("ping"u8.ToArray(), await NodeProbe.UdpRoundTripAsync(cluster.NodePort(1, nodePort), "ping"u8.ToArray()));
    }
}
