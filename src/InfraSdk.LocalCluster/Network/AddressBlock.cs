using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace InfraSdk.LocalCluster.Network;

/// <summary>
/// A 127.X.Y.0/24 loopback block held by one running cluster, so that clusters running at the same time on one
/// machine (in this process or in others) never share a node address. The hold is an exclusive lock on a file
/// under the temp folder, kept for the cluster's lifetime; the operating system releases it if the process dies.
/// Node i (0-based) gets 127.X.Y.(i+1); pod addresses start at 127.X.Y.100.
/// </summary>
internal sealed class AddressBlock : IDisposable
{
    private const int FirstPodHost = 100;
    private const int LastHost = 254;
    private const int Attempts = 64;

    // Blocks come from 127.200.0.0-127.203.255.0: 1024 of them, far from the 127.0.0.x and 127.0.1.1 that systems
    // use, and few enough that their lock files stay few.
    private const int FirstX = 200;
    private const int XCount = 4;

    private static readonly string LockFolder = Path.Combine(Path.GetTempPath(), "infrasdk", "blocks");

    private readonly FileStream _lock;
    private readonly byte[] _prefix;

    private AddressBlock(byte x, byte y, FileStream heldLock, int nodeCount)
    {
        _lock = heldLock;
        _prefix = [127, x, y];
        NodeAddresses = Enumerable.Range(1, nodeCount).Select(Host).ToArray();
    }

    public IReadOnlyList<IPAddress> NodeAddresses { get; }

    /// <summary>How many pod addresses the block holds.</summary>
    public static int PodCapacity => LastHost - FirstPodHost + 1;

    /// <summary>The most nodes a block can hold: their addresses end below the pod range.</summary>
    public static int MaxNodes => FirstPodHost - 1;

    public static AddressBlock Reserve(int nodeCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodeCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nodeCount, MaxNodes);
        CreateSharedLockFolder();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var x = (byte)(FirstX + RandomNumberGenerator.GetInt32(XCount));
            var y = (byte)RandomNumberGenerator.GetInt32(256);
            if (TryLock(x, y) is not { } heldLock)
            {
                continue;
            }

            var block = new AddressBlock(x, y, heldLock, nodeCount);
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
            $"No free 127.x.y.0/24 loopback block was found after {Attempts} attempts; too many local clusters are running.");
    }

    public IPAddress PodAddress(int podIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(podIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(podIndex, PodCapacity);
        return Host(FirstPodHost + podIndex);
    }

    public override string ToString() => $"127.{_prefix[1]}.{_prefix[2]}.0/24";

    public void Dispose() => _lock.Dispose();

    private IPAddress Host(int host) => new([.. _prefix, (byte)host]);

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
    private static FileStream? TryLock(byte x, byte y)
    {
        var path = Path.Combine(LockFolder, $"127.{x}.{y}.lock");
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
    // loopback (macOS, for one, has only 127.0.0.1 unless aliases are added).
    private void EnsureBindable()
    {
        foreach (var address in NodeAddresses.Concat(Enumerable.Range(0, PodCapacity).Select(PodAddress)))
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
