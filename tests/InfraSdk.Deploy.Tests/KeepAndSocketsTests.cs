using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests;

public sealed partial class KeepAndSocketsTests
{
    [Fact]
    public async Task Local_keep_leaves_the_cluster_running_for_kubectl_until_cancelled()
    {
        string? kubeconfig = null;
        var result = await Cli.RunAsync([ShopLike.Create()], ["deploy", "--local", "--keep", "--probe-timeout", "1s"], null, null, false,
            ("Press Ctrl+C", async output =>
            {
                kubeconfig = KubeconfigLine().Match(output).Groups[1].Value.Trim();
                Assert.True(File.Exists(kubeconfig), $"{kubeconfig} does not exist while the cluster runs: {output}");
                var services = await Kubectl.MustAsync(kubeconfig, "get", "services", "-n", "shop", "-o", "name");
                Assert.Contains("service/my-nodeport-service", services);
            }));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.NotNull(kubeconfig);
        Assert.False(File.Exists(kubeconfig), "the kubeconfig of a stopped local cluster should be gone");
    }

    [Fact]
    public async Task Probes_leave_no_socket_in_TIME_WAIT()
    {
        Assert.True(File.Exists("/proc/net/tcp"), "this test reads Linux's /proc/net/tcp");
        await using var cluster = await TestCluster.StartAsync();
        Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "deploy", "--probe-timeout", "1s")).ExitCode);
        var endpoints = cluster.Cluster.Nodes.Select(node => ProcAddress(node.InternalIP, 30007)).ToHashSet();

        // Another process may have used these node addresses a moment ago; only new TIME_WAIT entries count.
        var before = TimeWaitTo(endpoints);
        for (var sweep = 0; sweep < 5; sweep++)
        {
            Assert.Equal(0, (await cluster.RunAsync(ShopLike.Create(), "verify", "--probe", "tcp", "--probe-timeout", "1s")).ExitCode);
        }

        Assert.Empty(TimeWaitTo(endpoints).Except(before));
    }

    /// <summary>"local->remote" of every TCP socket in TIME_WAIT (state 06) with one end at <paramref name="endpoints"/>.</summary>
    private static HashSet<string> TimeWaitTo(HashSet<string> endpoints) =>
        File.ReadLines("/proc/net/tcp").Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields[3] == "06" && (endpoints.Contains(fields[1]) || endpoints.Contains(fields[2])))
            .Select(fields => fields[1] + "->" + fields[2])
            .ToHashSet();

    /// <summary>"0100007F:7537": an IPv4 endpoint as /proc/net/tcp writes it (address in host byte order, little-endian).</summary>
    private static string ProcAddress(IPAddress address, int port)
    {
        var bytes = address.GetAddressBytes();
        return string.Create(CultureInfo.InvariantCulture, $"{bytes[3]:X2}{bytes[2]:X2}{bytes[1]:X2}{bytes[0]:X2}:{port:X4}");
    }

    [GeneratedRegex(@"Kubeconfig: (\S+)")]
    private static partial Regex KubeconfigLine();
}
