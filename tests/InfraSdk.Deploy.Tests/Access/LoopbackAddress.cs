using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace InfraSdk.Deploy.Tests.Access;

/// <summary>A 127.0.0.x address on which the given TCP and UDP ports are free, for a load balancer a test starts.</summary>
internal static class LoopbackAddress
{
    private const int Attempts = 64;

    public static IPAddress WithFreePorts(params int[] ports)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var address = new IPAddress([127, 0, 0, (byte)(2 + RandomNumberGenerator.GetInt32(250))]);
            if (ports.All(port => IsFree(address, port)))
            {
                return address;
            }
        }

        throw new InvalidOperationException($"No 127.0.0.x address with ports {string.Join(", ", ports)} free in {Attempts} tries.");
    }

    private static bool IsFree(IPAddress address, int port)
    {
        try
        {
            using var tcp = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            tcp.Bind(new IPEndPoint(address, port));
            using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            udp.Bind(new IPEndPoint(address, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
