using InfraSdk.LocalCluster.DataPlane;

namespace InfraSdk.LocalCluster.Tests.DataPlane;

/// <summary>A write's delta reaches the Deployments and Services it concerns, and leaves the others as they were.</summary>
public sealed class IncrementalApplyTests
{
    [Fact]
    public async Task Deleting_a_deployment_empties_only_the_services_that_select_it()
    {
        await using var cluster = TestDataPlane.Start();
        var (kept, emptied) = (TestDataPlane.RandomNodePort(), TestDataPlane.RandomNodePort());
        while (emptied == kept)
        {
            emptied = TestDataPlane.RandomNodePort();
        }

        await cluster.ApplyAsync(
            [TestDataPlane.Deployment(1, "a"), TestDataPlane.Deployment(1, "b")],
            [TestDataPlane.NodePortService(kept, app: "a"), TestDataPlane.NodePortService(emptied, app: "b")]);
        var podOfA = cluster.Plane.PodsOf(TestDataPlane.Namespace, "a").Running.Single().Name;

        await cluster.Plane.ApplyChangesAsync(new DesiredStateChanges([($"{TestDataPlane.Namespace}/b", null)], []), CancellationToken.None);

        Assert.Equal(podOfA, (await NodeProbe.GetAsync(cluster.NodePort(0, kept))).Pod);
        Assert.Equal(ConnectOutcome.Refused, await NodeProbe.ConnectAsync(cluster.NodePort(0, emptied)));
    }

    [Fact]
    public async Task A_service_created_after_its_deployment_forwards_to_its_pods()
    {
        await using var cluster = TestDataPlane.Start();
        var nodePort = TestDataPlane.RandomNodePort();
        await cluster.ApplyAsync([], []);

        await cluster.Plane.ApplyChangesAsync(new DesiredStateChanges([($"{TestDataPlane.Namespace}/{TestDataPlane.App}", TestDataPlane.Deployment(2))], []), CancellationToken.None);
        await cluster.Plane.ApplyChangesAsync(new DesiredStateChanges([], [($"{TestDataPlane.Namespace}/{TestDataPlane.App}-svc", TestDataPlane.NodePortService(nodePort))]), CancellationToken.None);

        Assert.Contains((await NodeProbe.GetAsync(cluster.NodePort(1, nodePort))).Pod, cluster.Plane.Pods.Select(pod => pod.Name));
    }
}
