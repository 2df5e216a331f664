using System.Net;
using InfraSdk.LocalCluster.Network;

namespace InfraSdk.LocalCluster.Tests.DataPlane;

public sealed class AddressBlockTests
{
    [Fact]
    public void Blocks_held_at_the_same_time_are_disjoint_loopback_16s()
    {
        using var first = AddressBlock.Reserve(3);
        using var second = AddressBlock.Reserve(3);

        Assert.NotEqual(Prefix(first.NodeAddresses[0]), Prefix(second.NodeAddresses[0]));
        foreach (var block in new[] { first, second })
        {
            var prefix = Prefix(block.NodeAddresses[0]);
            Assert.Equal(127, prefix[0]);
            Assert.InRange(prefix[1], 100, 199);
            Assert.Equal([1, 2, 3], block.NodeAddresses.Select(address => (int)address.GetAddressBytes()[3]));
            Assert.All(block.NodeAddresses, address => Assert.Equal(0, address.GetAddressBytes()[2]));
            Assert.Equal(prefix, Prefix(block.PodAddress(0)));
            Assert.Equal(prefix, Prefix(block.PodAddress(AddressBlock.PodCapacity - 1)));
        }
    }

    [Fact]
    public void Pod_addresses_follow_the_node_addresses_and_are_bounded()
    {
        using var block = AddressBlock.Reserve(2);

        Assert.Equal([1, 1], block.PodAddress(0).GetAddressBytes()[2..]);
        Assert.Equal([1, 254], block.PodAddress(253).GetAddressBytes()[2..]);
        Assert.Equal([2, 1], block.PodAddress(254).GetAddressBytes()[2..]);
        Assert.Equal([255, 254], block.PodAddress(AddressBlock.PodCapacity - 1).GetAddressBytes()[2..]);
        Assert.True(AddressBlock.PodCapacity >= 5_536 * 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => block.PodAddress(AddressBlock.PodCapacity));
        Assert.Throws<ArgumentOutOfRangeException>(() => AddressBlock.Reserve(AddressBlock.MaxNodes + 1));
    }

    [Fact]
    public void A_block_is_held_by_a_lock_file_until_disposed()
    {
        var block = AddressBlock.Reserve(1);
        var prefix = Prefix(block.NodeAddresses[0]);
        var lockFile = Path.Combine(Path.GetTempPath(), "infrasdk", "blocks", $"127.{prefix[1]}.0.0-16.lock");

        Assert.Throws<IOException>(() => new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None));
        block.Dispose();
        new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None).Dispose();
    }

    private static byte[] Prefix(IPAddress address) => address.GetAddressBytes()[..2];
}
