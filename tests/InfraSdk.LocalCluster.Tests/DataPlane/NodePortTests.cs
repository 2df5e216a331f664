namespace InfraSdk.LocalCluster.Tests.DataPlane;

public sealed class NodePortTests
{
    [Fact]
    public async Task Every_node_answers_on_the_node_port_with_a_pod_of_the_service()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 2)], [TestDataPlane.NodePortService(nodePort)]);

        var podNames = cluster.Plane.Pods.Select(pod => pod.Name).ToList();
        for (var node = 0; node < cluster.Nodes.Count; node++)
        {
            var answer = await NodeProbe.GetAsync(cluster.NodePort(node, nodePort));
            Assert.Contains(answer.Pod, podNames);
            Assert.Equal("shop/my-web-app", answer.Deployment);
        }
    }

    [Fact]
    public async Task A_request_with_a_large_body_gets_the_pod_answer_through_the_node_port()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], [TestDataPlane.NodePortService(nodePort)]);

        var answer = await NodeProbe.PostAsync(cluster.NodePort(1, nodePort), new byte[512 * 1024]);

        Assert.Equal(cluster.Plane.Pods[0].Name, answer.Pod);
    }

    [Fact]
    public async Task A_load_balancer_service_opens_its_node_ports_too()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], [TestDataPlane.NodePortService(nodePort, type: "LoadBalancer")]);

        Assert.Equal(cluster.Plane.Pods[0].Name, (await NodeProbe.GetAsync(cluster.NodePort(2, nodePort))).Pod);
    }

    [Fact]
    public async Task Connections_through_one_node_take_the_pods_in_turn()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 3)], [TestDataPlane.NodePortService(nodePort)]);

        var answers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add((await NodeProbe.GetAsync(cluster.NodePort(0, nodePort))).Pod);
        }

        Assert.Equal(cluster.Plane.Pods.Select(pod => pod.Name).Order(), answers.Take(3).Order());
        Assert.Equal(answers.Take(3), answers.Skip(3));
    }

    [Fact]
    public async Task Without_a_ready_pod_the_node_port_refuses_connections()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 0)], [TestDataPlane.NodePortService(nodePort)]);

        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(cluster.NodePort(0, nodePort)));
    }

    [Fact]
    public async Task A_service_selects_pods_of_its_own_namespace_only()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1, ns: "other")], [TestDataPlane.NodePortService(nodePort)]);

        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(cluster.NodePort(1, nodePort)));
    }

    [Fact]
    public async Task Cluster_ip_services_open_no_node_port()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], [TestDataPlane.NodePortService(nodePort, type: "ClusterIP")]);

        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(cluster.NodePort(0, nodePort)));
    }

    [Fact]
    public async Task A_service_without_a_selector_has_no_endpoints_so_its_node_port_refuses()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        var selectorless = TestDataPlane.NodePortService(nodePort) with { Selector = new Dictionary<string, string>() };
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], [selectorless]);

        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(cluster.NodePort(0, nodePort)));
    }

    [Fact]
    public async Task Scaling_to_zero_closes_the_node_port_and_scaling_up_opens_it_again()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        var service = TestDataPlane.NodePortService(nodePort);
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], [service]);
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 0)], [service]);
        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(cluster.NodePort(0, nodePort)));

        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 2)], [service]);

        Assert.Contains((await NodeProbe.GetAsync(cluster.NodePort(0, nodePort))).Pod, cluster.Plane.Pods.Select(pod => pod.Name));
    }

    [Fact]
    public async Task With_external_traffic_policy_local_a_node_serves_only_its_own_pods_and_others_drop()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], [TestDataPlane.NodePortService(nodePort, local: true)]);

        var pod = Assert.Single(cluster.Plane.Pods);
        var home = cluster.Nodes.ToList().FindIndex(node => node.Name == pod.NodeName);
        var away = (home + 1) % cluster.Nodes.Count;
        Assert.Equal(new PodAnswer(pod.Name, pod.NodeName, "shop/my-web-app"), await NodeProbe.GetAsync(cluster.NodePort(home, nodePort)));
        Assert.Equal(ConnectOutcome.TimedOut, await NodeProbe.ConnectAsync(cluster.NodePort(away, nodePort)));
    }

    [Fact]
    public async Task Deleting_a_service_closes_its_node_ports_and_leaves_the_others()
    {
        await using var cluster = TestDataPlane.Start();
        var kept = TestDataPlane.RandomNodePort();
        var deleted = kept == 32767 ? 30000 : kept + 1;
        var keptService = TestDataPlane.NodePortService(kept);
        var deletedService = TestDataPlane.NodePortService(deleted) with { Name = "second" };
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], [keptService, deletedService]);
        Assert.Equal(ConnectOutcome.Connected, await NodeProbe.ConnectAsync(cluster.NodePort(0, deleted)));

        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], [keptService]);

        for (var node = 0; node < cluster.Nodes.Count; node++)
        {
            Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(cluster.NodePort(node, deleted)));
        }

        Assert.Equal(cluster.Plane.Pods[0].Name, (await NodeProbe.GetAsync(cluster.NodePort(0, kept))).Pod);
    }

    [Fact]
    public async Task A_target_port_the_pods_do_not_listen_on_resets_the_forwarded_connection()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], [TestDataPlane.NodePortService(nodePort, targetPort: 8081)]);

        var reset = await Assert.ThrowsAsync<System.Net.Sockets.SocketException>(
            () => NodeProbe.RawExchangeAsync(cluster.NodePort(0, nodePort), "GET / HTTP/1.1\r\n\r\n"));
        Assert.Equal(System.Net.Sockets.SocketError.ConnectionReset, reset.SocketErrorCode);
    }

    [Fact]
    public async Task Udp_node_ports_forward_datagrams_to_a_pod_that_echoes_them_back()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        await cluster.ApplyAsync(
            [TestDataPlane.Deployment(replicas: 2, ports: [5353])],
            [TestDataPlane.NodePortService(nodePort, targetPort: 5353, protocol: "UDP")]);

        for (var node = 0; node < cluster.Nodes.Count; node++)
        {
            var payload = System.Text.Encoding.ASCII.GetBytes($"hello node {node}");
            Assert.Equal(payload, await NodeProbe.UdpRoundTripAsync(cluster.NodePort(node, nodePort), payload));
        }

        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(cluster.NodePort(0, nodePort)));
    }

    [Fact]
    public async Task Two_clusters_serve_the_same_node_port_each_on_its_own_addresses()
    {
        await using var first = TestDataPlane.Start();
        await using var second = TestDataPlane.Start();
        foreach (var cluster in new[] { first, second })
        {
            await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], [TestDataPlane.NodePortService(30007)]);
        }

        Assert.Equal(first.Plane.Pods[0].Name, (await NodeProbe.GetAsync(first.NodePort(0, 30007))).Pod);
        Assert.Equal(second.Plane.Pods[0].Name, (await NodeProbe.GetAsync(second.NodePort(0, 30007))).Pod);
    }

    [Fact]
    public async Task Pods_beyond_capacity_stay_pending_while_the_node_ports_serve_the_pods_that_run()
    {
        await using var cluster = TestDataPlane.Start(maxPodsPerNode: 1);
        var nodePort = TestDataPlane.RandomNodePort();

        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 5)], [TestDataPlane.NodePortService(nodePort)]);

        Assert.Equal(3, cluster.Plane.Pods.Count);
        Assert.Equal(2, cluster.Plane.PodsOf(TestDataPlane.Namespace, TestDataPlane.App).Pending);
        Assert.Contains((await NodeProbe.GetAsync(cluster.NodePort(0, nodePort))).Pod, cluster.Plane.Pods.Select(pod => pod.Name));
    }

    [Fact]
    public async Task Disposing_the_data_plane_closes_every_node_port_and_pod()
    {
        var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], [TestDataPlane.NodePortService(nodePort)]);
        var pod = Assert.Single(cluster.Plane.Pods);

        await cluster.Plane.DisposeAsync();

        Assert.Empty(cluster.Plane.Pods);
        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(cluster.NodePort(0, nodePort)));
        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(new System.Net.IPEndPoint(pod.Address, 8080)));
        await cluster.DisposeAsync();
    }
}
