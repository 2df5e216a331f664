using System.Net;
using System.Text.RegularExpressions;

namespace InfraSdk.LocalCluster.Tests.DataPlane;

public sealed class PodTests
{
    [Fact]
    public async Task Every_pod_answers_on_each_container_port_with_its_name_node_and_deployment()
    {
        await using var cluster = TestDataPlane.Start();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 2, ports: [8080, 9090])], []);

        Assert.Equal(2, cluster.Plane.Pods.Count);
        foreach (var pod in cluster.Plane.Pods)
        {
            Assert.True(pod.Ready);
            Assert.Equal([8080, 9090], pod.Ports);
            foreach (var port in pod.Ports)
            {
                var answer = await NodeProbe.GetAsync(new IPEndPoint(pod.Address, port));
                Assert.Equal(new PodAnswer(pod.Name, pod.NodeName, "shop/my-web-app"), answer);
            }
        }
    }

    [Fact]
    public async Task Pods_are_named_by_template_hash_and_labelled_like_a_replica_set_makes_them()
    {
        await using var cluster = TestDataPlane.Start();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 3)], []);

        var hashes = cluster.Plane.Pods.Select(pod => pod.Labels["pod-template-hash"]).Distinct().ToList();
        var hash = Assert.Single(hashes);
        Assert.All(cluster.Plane.Pods, pod =>
        {
            Assert.Matches(new Regex($"^my-web-app-{hash}-[bcdfghjklmnpqrstvwxz2456789]{{5}}$"), pod.Name);
            Assert.Equal("my-web-app", pod.Labels["app"]);
            Assert.Equal(("shop", "my-web-app"), (pod.Namespace, pod.Deployment));
        });
        Assert.Equal(3, cluster.Plane.Pods.Select(pod => pod.Name).Distinct().Count());
    }

    [Fact]
    public async Task Replicas_spread_round_robin_over_the_nodes_and_get_distinct_addresses()
    {
        await using var cluster = TestDataPlane.Start();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 6)], []);

        Assert.All(cluster.Plane.Pods.CountBy(pod => pod.NodeName), perNode => Assert.Equal(2, perNode.Value));
        Assert.Equal(6, cluster.Plane.Pods.Select(pod => pod.Address).Distinct().Count());
        Assert.DoesNotContain(cluster.Plane.Pods, pod => cluster.Block.NodeAddresses.Contains(pod.Address));
    }

    [Fact]
    public async Task Scaling_keeps_existing_pods_and_deleting_the_deployment_stops_them()
    {
        await using var cluster = TestDataPlane.Start();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 2)], []);
        var first = cluster.Plane.Pods.Select(pod => pod.Name).ToHashSet();

        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 4)], []);
        Assert.Equal(4, cluster.Plane.Pods.Count);
        Assert.Subset(cluster.Plane.Pods.Select(pod => pod.Name).ToHashSet(), first);

        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], []);
        var survivor = Assert.Single(cluster.Plane.Pods);
        Assert.Contains(survivor.Name, first);

        await cluster.ApplyAsync([], []);
        Assert.Empty(cluster.Plane.Pods);
        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(new IPEndPoint(survivor.Address, 8080)));
    }

    [Fact]
    public async Task A_changed_template_replaces_every_pod()
    {
        await using var cluster = TestDataPlane.Start();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 2)], []);
        var before = cluster.Plane.Pods.Select(pod => pod.Name).ToList();

        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 2, ports: [9090])], []);

        Assert.Equal(2, cluster.Plane.Pods.Count);
        Assert.Empty(cluster.Plane.Pods.Select(pod => pod.Name).Intersect(before));
        Assert.All(cluster.Plane.Pods, pod => Assert.Equal([9090], pod.Ports));
    }

    [Fact]
    public async Task A_port_the_deployment_does_not_declare_is_refused_by_the_pod()
    {
        await using var cluster = TestDataPlane.Start();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], []);

        var pod = Assert.Single(cluster.Plane.Pods);
        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(new IPEndPoint(pod.Address, 8081)));
    }

    [Fact]
    public async Task A_head_request_gets_the_head_only_and_an_oversized_head_gets_431()
    {
        await using var cluster = TestDataPlane.Start();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1)], []);
        var endpoint = new IPEndPoint(Assert.Single(cluster.Plane.Pods).Address, 8080);

        var head = await NodeProbe.RawExchangeAsync(endpoint, "HEAD / HTTP/1.1\r\nHost: pod\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", head);
        Assert.EndsWith("\r\n\r\n", head);

        var huge = await NodeProbe.RawExchangeAsync(endpoint, $"GET / HTTP/1.1\r\nX-Big: {new string('a', 20_000)}\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 431 ", huge);
    }

    [Fact]
    public async Task A_pod_echoes_udp_datagrams_on_its_container_ports()
    {
        await using var cluster = TestDataPlane.Start();
        await cluster.ApplyAsync([TestDataPlane.Deployment(replicas: 1, ports: [5353])], []);

        var reply = await NodeProbe.UdpRoundTripAsync(new IPEndPoint(Assert.Single(cluster.Plane.Pods).Address, 5353), "ping"u8.ToArray());

        Assert.Equal("ping"u8.ToArray(), reply);
    }
}
