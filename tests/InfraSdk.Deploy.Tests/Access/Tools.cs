using System.Diagnostics;
using InfraSdk.Deploy.Tests.Infrastructure;

namespace InfraSdk.Deploy.Tests.Access;

/// <summary>
/// The real tools that check the access files (haproxy, nginx with the stream module, nft, iptables-restore,
/// named-checkzone), run bounded in time. A tool that is not installed fails the test naming the Debian package that
/// brings it (.ci/run installs them).
/// </summary>
internal static class Tools
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    /// <summary>Where Debian's libnginx-mod-stream puts the stream module.</summary>
    private static readonly string[] StreamModules = ["/usr/lib/nginx/modules/ngx_stream_module.so", "/usr/lib64/nginx/modules/ngx_stream_module.so"];

    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal)
    {
        ["haproxy"] = "haproxy",
        ["nginx"] = "nginx-light and libnginx-mod-stream",
        ["nft"] = "nftables",
        ["iptables-restore"] = "iptables",
        ["named-checkzone"] = "bind9-utils",
    };

    public static Task<CliResult> RunAsync(string tool, params string[] arguments) => ExternalTool.RunAsync(tool, arguments, Missing(tool), Bound);

    /// <summary>Runs the tool's check and fails the test with its output when the file does not pass.</summary>
    public static async Task MustAcceptAsync(string tool, params string[] arguments)
    {
        var result = await RunAsync(tool, arguments);
        var denied = result.Error.Contains("Permission denied", StringComparison.Ordinal) || result.Error.Contains("Operation not permitted", StringComparison.Ordinal);
        Assert.True(result.ExitCode == 0, denied
            ? $"{tool} cannot check the file on this machine: it needs CAP_NET_ADMIN (run the tests as root, as CI does):\n{result}"
            : $"{tool} {string.Join(' ', arguments)} rejected the file:\n{result}");
    }

    /// <summary>Starts a tool with its output redirected; the caller ends it.</summary>
    public static Process Start(string tool, params string[] arguments) => ExternalTool.Start(tool, arguments, Missing(tool));

    private static string Missing(string tool) =>
        $"{tool} is required for this test and is not on PATH: install the Debian package {Packages.GetValueOrDefault(tool, tool)} (.ci/run does).";

    /// <summary>
    /// An nginx main configuration for a temporary prefix that runs in the foreground and includes a stream file: the
    /// stream module loaded (Debian builds it as a module), pid and error log in the prefix, and as many worker
    /// connections as the stream file's header asks for (one per listening socket, plus those to carry).
    /// </summary>
    public static string NginxMainConfig(string prefix, string streamFile)
    {
        var module = StreamModules.FirstOrDefault(File.Exists);
        var listening = File.ReadAllText(streamFile).Split("\n        listen ").Length - 1;
        return $$"""
            {{(module is null ? "" : $"load_module {module};")}}
            daemon off;
            pid {{Path.Combine(prefix, "nginx.pid")}};
            error_log {{Path.Combine(prefix, "error.log")}} info;
            events { worker_connections {{listening + 1024}}; }
            include {{streamFile}};

            """;
    }

    /// <summary>nginx -t on a stream file, through a main configuration in a temporary prefix.</summary>
    public static async Task NginxMustAcceptAsync(string streamFile)
    {
        var prefix = Directory.CreateTempSubdirectory("infrasdk-nginx-check-");
        try
        {
            var main = Path.Combine(prefix.FullName, "nginx.conf");
            await File.WriteAllTextAsync(main, NginxMainConfig(prefix.FullName, streamFile));
            var result = await RunAsync("nginx", "-t", "-p", prefix.FullName, "-c", main, "-e", Path.Combine(prefix.FullName, "error.log"));
            Assert.True(result.ExitCode == 0, result.Error.Contains("unknown directive \"stream\"", StringComparison.Ordinal)
                ? "nginx has no stream module: install the Debian package libnginx-mod-stream (.ci/run does)."
                : $"nginx -t rejected {streamFile}:\n{result}");
        }
        finally
        {
            prefix.Delete(recursive: true);
        }
    }

    /// <summary>Checks every access file in a folder with its own tool.</summary>
    public static async Task AllMustAcceptAsync(string folder, string? zone)
    {
        await MustAcceptAsync("haproxy", "-c", "-f", Path.Combine(folder, "haproxy.cfg"));
        await NginxMustAcceptAsync(Path.Combine(folder, "nginx-stream.conf"));
        await MustAcceptAsync("nft", "-c", "-f", Path.Combine(folder, "firewall.nft"));
        await MustAcceptAsync("iptables-restore", "--test", "--noflush", Path.Combine(folder, "firewall.iptables"));
        if (zone is not null)
        {
            await MustAcceptAsync("named-checkzone", zone, Path.Combine(folder, $"{zone}.zone"));
        }
    }
}
