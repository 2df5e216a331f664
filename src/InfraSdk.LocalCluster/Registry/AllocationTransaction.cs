using System.Net;
using InfraSdk.Kubernetes;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>
/// The port and IP allocations of one Service write (portallocator.PortAllocationOperation): claims take effect
/// at once and are undone by <see cref="Revert"/>; releases wait for <see cref="Commit"/>, so an old port is freed
/// only once the update is stored, and then through <paramref name="releases"/>, which may hold it a while. In dry-run mode nothing changes, and requested ports are only checked for being taken.
/// </summary>
internal sealed class AllocationTransaction(NodePortAllocator nodePorts, DelayedNodePortReleases releases, ClusterIpRange clusterIps, Random random, bool dryRun)
{
    private readonly List<int> _claimedPorts = [];
    private readonly List<int> _deferredPortReleases = [];
    private readonly List<int> _claimedIps = [];
    private readonly List<int> _deferredIpReleases = [];

    public string? AllocateNodePort(int port)
    {
        if (!dryRun)
        {
            var error = nodePorts.Allocate(port);
            if (error is null)
            {
                _claimedPorts.Add(port);
            }

            return error;
        }

        if (nodePorts.IsAllocated(port) || _claimedPorts.Contains(port))
        {
            return NodePortAllocator.AlreadyAllocated;
        }

        _claimedPorts.Add(port);
        return null;
    }

    /// <summary>An automatic pick; in dry-run the API server answers with a placeholder above the usual range.</summary>
    public int? AllocateNextNodePort()
    {
        if (dryRun)
        {
            var placeholder = (_claimedPorts.Count == 0 ? 32768 : _claimedPorts.Max()) + 1;
            _claimedPorts.Add(placeholder);
            return placeholder;
        }

        var port = nodePorts.AllocateNext(random.Next);
        if (port is { } chosen)
        {
            _claimedPorts.Add(chosen);
        }

        return port;
    }

    public void ReleaseNodePortLater(int port) => _deferredPortReleases.Add(port);

    /// <summary>Claims a requested cluster IP; returns the allocator's error text, or null.</summary>
    public string? AllocateClusterIp(IPAddress address)
    {
        if (!clusterIps.Contains(address, out var offset))
        {
            return $"failed to allocate IP {address}: the provided IP ({address}) is not in the valid range. The range of valid IPs is {ClusterIpRange.Cidr}";
        }

        if (clusterIps.IsAllocated(offset) || _claimedIps.Contains(offset))
        {
            return $"failed to allocate IP {address}: provided IP is already allocated";
        }

        Claim(offset);
        return null;
    }

    public IPAddress? AllocateNextClusterIp()
    {
        var offset = clusterIps.Next(random);
        if (offset is not { } chosen)
        {
            return null;
        }

        Claim(chosen);
        return ClusterIpRange.ToAddress(chosen);
    }

    public void ReleaseClusterIpLater(IPAddress address)
    {
        if (clusterIps.Contains(address, out var offset))
        {
            _deferredIpReleases.Add(offset);
        }
    }

    public void Commit()
    {
        if (dryRun)
        {
            return;
        }

        _deferredPortReleases.ForEach(releases.Release);
        _deferredIpReleases.ForEach(offset => clusterIps.Set(offset, false));
    }

    public void Revert()
    {
        if (dryRun)
        {
            return;
        }

        _claimedPorts.ForEach(nodePorts.Release);
        _claimedIps.ForEach(offset => clusterIps.Set(offset, false));
    }

    private void Claim(int offset)
    {
        _claimedIps.Add(offset);
        if (!dryRun)
        {
            clusterIps.Set(offset, true);
        }
    }
}
