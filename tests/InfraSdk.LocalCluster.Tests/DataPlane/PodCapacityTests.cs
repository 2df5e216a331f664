namespace InfraSdk.LocalCluster.Tests.DataPlane;

public sealed class PodCapacityTests
{
    [Fact]
    public async Task Pods_beyond_every_nodes_max_pods_stay_pending_with_the_schedulers_reason_and_the_rest_run()
    {
        await using var cluster = TestDataPlane.Start(nodes: 2, maxPodsPerNode: 2);

        await cluster.ApplyAsync([TestDataPlane.Deployment(3, "a"), TestDataPlane.Deployment(2, "b")], []);

        Assert.Equal(4, cluster.Plane.Pods.Count);
        Assert.All(cluster.Plane.Pods.CountBy(pod => pod.NodeName), perNode => Assert.Equal(2, perNode.Value));
        var b = cluster.Plane.PodsOf(TestDataPlane.Namespace, "b");
        Assert.Equal((1, 1), (b.Running.Count, b.Pending));
        Assert.StartsWith("0/2 nodes are available: 2 Too many pods", b.PendingReason);
        Assert.Equal(0, cluster.Plane.PodsOf(TestDataPlane.Namespace, "a").Pending);
    }

    [Fact]
    public async Task A_pending_pod_starts_when_room_frees_up()
    {
        await using var cluster = TestDataPlane.Start(nodes: 1, maxPodsPerNode: 2);
        await cluster.ApplyAsync([TestDataPlane.Deployment(2, "a"), TestDataPlane.Deployment(1, "b")], []);

        await cluster.ApplyAsync([TestDataPlane.Deployment(1, "a"), TestDataPlane.Deployment(1, "b")], []);

        var b = cluster.Plane.PodsOf(TestDataPlane.Namespace, "b");
        Assert.Equal((1, 0, null), (b.Running.Count, b.Pending, b.PendingReason));
    }
}
