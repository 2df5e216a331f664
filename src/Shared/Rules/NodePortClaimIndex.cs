using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using InfraSdk.Kubernetes;

namespace InfraSdk.Rules;

/// <summary>Every nodePort claim of a compilation and its references, by port number.</summary>
internal sealed class NodePortClaimIndex
{
    private readonly Dictionary<int, List<NodePortClaim>> _byPort = new();

    public NodePortClaimIndex(IEnumerable<NodePortClaim> claims)
    {
        foreach (var claim in claims)
        {
            if (!_byPort.TryGetValue(claim.NodePort, out var atPort))
            {
                atPort = new List<NodePortClaim>(1);
                _byPort.Add(claim.NodePort, atPort);
            }

            atPort.Add(claim);
        }
    }

    /// <summary>Every claimed port number.</summary>
    public IEnumerable<int> Ports => _byPort.Keys;

    /// <summary>The claims that <paramref name="claim"/> collides with, declarations of this compilation first, then in source order.</summary>
    public ImmutableArray<NodePortClaim> ConflictsOf(NodePortClaim claim)
    {
        if (!_byPort.TryGetValue(claim.NodePort, out var atPort) || atPort.Count == 1)
        {
            return ImmutableArray<NodePortClaim>.Empty;
        }

        return atPort
            .Where(other => !ReferenceEquals(other, claim) && !claim.CanShareWith(other))
            .OrderBy(other => other.IsReferenced)
            .ThenBy(other => other.Source, System.StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>The claims at <paramref name="port"/>.</summary>
    public IReadOnlyList<NodePortClaim> At(int port) =>
        _byPort.TryGetValue(port, out var atPort) ? atPort : (IReadOnlyList<NodePortClaim>)ImmutableArray<NodePortClaim>.Empty;

    /// <summary>How many distinct port numbers of <paramref name="range"/> are claimed.</summary>
    public int CountClaimedIn(NodePortRange range) => _byPort.Keys.Count(range.Contains);

    /// <summary>
    /// The lowest port of the range that nobody claims and that <paramref name="taken"/> does not hold, null when the
    /// range is full. The static band is the bottom of the range, so this is a static-band port while one is free.
    /// </summary>
    public int? LowestFree(NodePortRange range, ISet<int>? taken = null)
    {
        for (var port = range.First; port <= range.Last; port++)
        {
            if (!_byPort.ContainsKey(port) && (taken is null || !taken.Contains(port)))
            {
                return port;
            }
        }

        return null;
    }
}
