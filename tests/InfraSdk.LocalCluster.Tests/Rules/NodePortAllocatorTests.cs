using InfraSdk.Kubernetes;

namespace InfraSdk.LocalCluster.Tests.Rules;

/// <summary>The shared allocator follows kube-apiserver: one bitmap, dynamic band first, the API server's error texts.</summary>
public sealed class NodePortAllocatorTests
{
    [Fact]
    public void Automatic_picks_fill_the_dynamic_band_before_the_static_one_then_report_full()
    {
        var range = new NodePortRange(30000, 30099);
        var allocator = new NodePortAllocator(range);
        var random = new Random(3);

        var dynamicPicks = Enumerable.Range(0, 84).Select(_ => allocator.AllocateNext(random.Next)!.Value).ToList();
        var staticPicks = Enumerable.Range(0, 16).Select(_ => allocator.AllocateNext(random.Next)!.Value).ToList();

        Assert.Equal(16, range.StaticBandSize);
        Assert.Equal(Enumerable.Range(30016, 84), dynamicPicks.Order());
        Assert.Equal(Enumerable.Range(30000, 16), staticPicks.Order());
        Assert.Null(allocator.AllocateNext(random.Next));
    }

    [Fact]
    public void Requested_ports_are_checked_against_the_range_and_the_bitmap()
    {
        var allocator = new NodePortAllocator(NodePortRange.Default);

        Assert.Null(allocator.Allocate(30007));
        Assert.Equal("provided port is already allocated", allocator.Allocate(30007));
        Assert.Equal("provided port is not in the valid range. The range of valid ports is 30000-32767", allocator.Allocate(40000));
        allocator.Release(30007);
        Assert.Null(allocator.Allocate(30007));
    }

    [Fact]
    public void A_range_of_16_ports_or_fewer_has_no_static_band()
    {
        var allocator = new NodePortAllocator(new NodePortRange(31000, 31015));
        var random = new Random(5);

        var picks = Enumerable.Range(0, 16).Select(_ => allocator.AllocateNext(random.Next)).ToList();

        Assert.Equal(Enumerable.Range(31000, 16), picks.Select(pick => pick!.Value).Order());
    }
}
