using System.Collections;
using System.Net;

namespace InfraSdk.LocalCluster.Registry;

/// <summary>
/// The Service CIDR (10.96.0.0/12, kubeadm's default) and its bitmap. The first address is the kubernetes Service's;
/// automatic picks avoid the static lower band, as the API server's ClusterIP allocator does (KEP-3070).
/// </summary>
internal sealed class ClusterIpRange
{
    public const string Cidr = "10.96.0.0/12";
    public static readonly IPAddress KubernetesServiceIp = IPAddress.Parse("10.96.0.1");

    private const uint Base = 10u << 24 | 96u << 16;
    private const int Size = 1 << 20;
    private const int StaticBand = 256;

    private readonly BitArray _allocated = new(Size);

    public bool Contains(IPAddress address, out int offset)
    {
        offset = (int)(ToNumber(address) - Base);
        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && offset > 0 && offset < Size - 1;
    }

    public bool IsAllocated(int offset) => _allocated[offset];

    public void Set(int offset, bool allocated) => _allocated[offset] = allocated;

    /// <summary>A free offset from a random start in the dynamic band, then the static band; null when full.</summary>
    public int? Next(Random random)
    {
        foreach (var (from, to) in new[] { (StaticBand, Size - 1), (1, StaticBand) })
        {
            var span = to - from;
            var start = random.Next(span);
            for (var i = 0; i < span; i++)
            {
                var offset = from + ((start + i) % span);
                if (!_allocated[offset])
                {
                    return offset;
                }
            }
        }

        return null;
    }

    public static IPAddress ToAddress(int offset)
    {
        var value = Base + (uint)offset;
        return new IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
    }

    private static uint ToNumber(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return bytes.Length != 4 ? 0 : (uint)bytes[0] << 24 | (uint)bytes[1] << 16 | (uint)bytes[2] << 8 | bytes[3];
    }
}
