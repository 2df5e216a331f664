using System;
using System.Globalization;

namespace InfraSdk.Kubernetes;

/// <summary>
/// A cluster's node-port range (kube-apiserver <c>--service-node-port-range</c>), with the static band of KEP-3668:
/// automatic allocation takes ports from the upper (dynamic) band first, so humans should pin ports in the lower one.
/// </summary>
internal readonly struct NodePortRange : IEquatable<NodePortRange>
{
    public static readonly NodePortRange Default = new(30000, 32767);

    public NodePortRange(int first, int last)
    {
        First = first;
        Last = last;
    }

    public int First { get; }

    public int Last { get; }

    public int Size => Last - First + 1;

    /// <summary>min(max(16, size/32), 128) ports at the bottom of the range, none when the range has 16 ports or fewer.</summary>
    public int StaticBandSize => Size <= 16 ? 0 : Math.Min(Math.Max(16, Size / 32), 128);

    /// <summary>The last port of the static band; below <see cref="First"/> when there is none.</summary>
    public int StaticBandLast => First + StaticBandSize - 1;

    public bool Contains(int port) => port >= First && port <= Last;

    public bool InStaticBand(int port) => port >= First && port <= StaticBandLast;

    /// <summary>Parses "30000-32767" (or a single port "30000"), as kube-apiserver's flag takes it.</summary>
    public static bool TryParse(string? text, out NodePortRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text!.Trim().Split('-');
        if (parts.Length is < 1 or > 2
            || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !TryParseLast(parts, first, out var last)
            || first < 1 || last > 65535 || last < first)
        {
            return false;
        }

        range = new NodePortRange(first, last);
        return true;
    }

    private static bool TryParseLast(string[] parts, int first, out int last)
    {
        if (parts.Length == 1)
        {
            last = first;
            return true;
        }

        return int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out last);
    }

    public bool Equals(NodePortRange other) => First == other.First && Last == other.Last;

    public override bool Equals(object? obj) => obj is NodePortRange other && Equals(other);

    public override int GetHashCode() => (First * 397) ^ Last;

    public override string ToString() => First.ToString(CultureInfo.InvariantCulture) + "-" + Last.ToString(CultureInfo.InvariantCulture);
}
