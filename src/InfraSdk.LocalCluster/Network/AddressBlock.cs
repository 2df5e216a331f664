using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace InfraSdk.LocalCluster.Network;

/// <summary>
/// A 127.X.0.0/16 loopback block held by one running cluster, so that clusters running at the same time on one
/// machine (in this process or in others) never share a node or pod address. The hold is an exclusive lock on a file
/// under the temp folder, kept for the cluster's lifetime; the operating system releases it if the process dies.
/// Node i (0-based) gets 127.X.0.(i+1); pods get 127.X.1.1 onwards, 254 to a /24 (hosts 1-254), up to 127.X.255.254.
/// </summary>
internal sealed class AddressBlock : IDisposable
{
    private const int HostsPerRow = 254;
    private const int PodRows = 255;
    private const int Attempts = 64;

    // Blocks come from 127.100.0.0/16-127.199.0.0/16: far from the 127.0.0.x and 127.0.1.1 that systems use, and
    // apart from the 127.200-203.y.0/24 blocks that earlier versions hold.
    private const int FirstX = 100;
    private const int XCount = 100;

    private static readonly string LockFolder = Path.Combine(Path.GetTempPath(), "infrasdk", "blocks");

    private readonly FileStream _lock;
    private readonly byte _x;

    private AddressBlock(byte x, FileStream heldLock, int nodeCount)
    {
        _lock = heldLock;
        _x = x;
        NodeAddresses = Enumerable.Range(0, nodeCount).Select(index => Host(0, index + 1)).ToArray();
    }

    public IReadOnlyList<IPAddress> NodeAddresses { get; }

    /// <summary>How many pod addresses the block holds.</summary>
    public static int PodCapacity => HostsPerRow * PodRows;

    /// <summary>The most nodes a block can hold: their addresses fill 127.X.0.0/24.</summary>
    public static int MaxNodes => HostsPerRow;

    public static AddressBlock Reserve(int nodeCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodeCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nodeCount, MaxNodes);
        CreateSharedLockFolder();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var x = (byte)(FirstX + RandomNumberGenerator.GetInt32(XCount));
            if (TryLock(x) is not { } heldLock)
            {
                continue;
            }

            var block = new AddressBlock(x, heldLock, nodeCount);
            try
            {
                block.EnsureBindable();
            }
            catch
            {
                block.Dispose();
                throw;
            }

            return block;
        }

        throw new InvalidOperationException(
            $"No free 127.x.0.0/16 loopback block was found after {Attempts} attempts; too many local clusters are running.");
    }

    public IPAddress PodAddress(int podIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(podIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(podIndex, PodCapacity);
        return Host(1 + podIndex / HostsPerRow, 1 + podIndex % HostsPerRow);
    }

    public override string ToString() => $"127.{_x}.0.0/16";

    public void Dispose() => _lock.Dispose();

    private IPAddress Host(int row, int host) => new([127, _x, (byte)row, (byte)host]);

    // Every user of the machine shares the folder, as they share the loopback addresses: like /tmp itself, it is
    // world-writable with the sticky bit, and lock files are opened read-only so that anyone can lock anyone's.
    private static void CreateSharedLockFolder()
    {
        if (Directory.Exists(LockFolder))
        {
            return;
        }

        Directory.CreateDirectory(LockFolder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(LockFolder, UnixFileMode.StickyBit | (UnixFileMode)0b111_111_111);
        }
    }

    // The lock file is never deleted: deleting it would let a process that opened it just before the deletion lock
    // an orphaned file while another creates and locks a new one. At most one small empty file per block remains.
    private static FileStream? TryLock(byte x)
    {
        var path = Path.Combine(LockFolder, $"127.{x}.0.0-16.lock");
        try
        {
            return new FileStream(path, new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.Read, Share = FileShare.None });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Binding port 0 cannot collide with anyone: a failure means the system does not give these addresses to
    // loopback (macOS, for one, has only 127.0.0.1 unless aliases are added). The first and last pod addresses
    // stand for the rest: loopback gives a whole range or only 127.0.0.1.
    private void EnsureBindable()
    {
        foreach (var address in NodeAddresses.Append(PodAddress(0)).Append(PodAddress(PodCapacity - 1)))
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                probe.Bind(new IPEndPoint(address, 0));
            }
            catch (SocketException exception)
            {
                throw new InvalidOperationException(
                    $"A local cluster needs all of 127.0.0.0/8 on the loopback interface, as Linux and Windows have it, but {address} cannot be bound here ({exception.SocketErrorCode}).",
                    exception);
            }
        }
    }
}
