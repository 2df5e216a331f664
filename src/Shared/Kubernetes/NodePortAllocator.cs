using System;
using System.Collections;

namespace InfraSdk.Kubernetes;

/// <summary>
/// kube-apiserver's nodePort allocator (pkg/registry/core/service/portallocator with allocator/bitmap.go): one bitmap
/// over the range, protocol ignored, so a port number belongs to one Service cluster-wide. Automatic picks follow
/// randomScanStrategyWithOffset: a random start in the dynamic (upper) band, scanning forward with wrap-around,
/// and the static (lower) band only when the upper one is full.
/// </summary>
internal sealed class NodePortAllocator
{
    public const string AlreadyAllocated = "provided port is already allocated";
    public const string RangeFull = "range is full";

    private readonly BitArray _allocated;

    public NodePortAllocator(NodePortRange range)
    {
        Range = range;
        _allocated = new BitArray(range.Size);
    }

    public NodePortRange Range { get; }

    /// <summary>The allocator's ErrNotInRange text.</summary>
    public string NotInRangeMessage =>
        "provided port is not in the valid range. The range of valid ports is " + Range.First + "-" + Range.Last;

    public bool IsAllocated(int port) => Range.Contains(port) && _allocated[port - Range.First];

    /// <summary>Claims a requested port; returns the API server's error text, or null when the port is now held.</summary>
    public string? Allocate(int port)
    {
        if (!Range.Contains(port))
        {
            return NotInRangeMessage;
        }

        if (_allocated[port - Range.First])
        {
            return AlreadyAllocated;
        }

        _allocated[port - Range.First] = true;
        return null;
    }

    /// <summary>
    /// Picks and claims a free port the way kube-apiserver does; null when the range is full.
    /// <paramref name="randomBelow"/> returns a random integer from 0 up to (not including) its argument.
    /// </summary>
    public int? AllocateNext(Func<int, int> randomBelow)
    {
        var offset = Range.StaticBandSize;
        var port = Scan(randomBelow, offset, Range.Size) ?? Scan(randomBelow, 0, offset);
        if (port is { } chosen)
        {
            _allocated[chosen - Range.First] = true;
        }

        return port;
    }

    public void Release(int port)
    {
        if (Range.Contains(port) && _allocated[port - Range.First])
        {
            _allocated[port - Range.First] = false;
        }
    }

    private int? Scan(Func<int, int> randomBelow, int from, int to)
    {
        var size = to - from;
        if (size <= 0)
        {
            return null;
        }

        var start = randomBelow(size);
        for (var i = 0; i < size; i++)
        {
            var offset = from + ((start + i) % size);
            if (!_allocated[offset])
            {
                return Range.First + offset;
            }
        }

        return null;
    }
}
