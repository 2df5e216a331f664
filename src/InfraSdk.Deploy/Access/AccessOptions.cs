using System.CommandLine;
using System.Net;
using InfraSdk.Deploy.Commands;
using InfraSdk.Deploy.Output;

namespace InfraSdk.Deploy.Access;

/// <summary>The options of <c>access</c> beyond the cluster and probe options it shares with verify.</summary>
internal sealed class AccessOptions
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxInterval = TimeSpan.FromHours(1);

    // -o is the folder here, as for manifests; the report format is --output only.
    public Option<OutputFormat> Output { get; } = new("--output") { Description = "text, or json for CI (human text then goes to stderr).", DefaultValueFactory = _ => OutputFormat.Text };

    public Option<string> Directory { get; } = new("--dir", "-o") { Description = "The folder to write the files into (created if missing).", Required = true };

    public Option<string[]> AllowFrom { get; } = new("--allow-from")
    {
        Description = "A source range (CIDR, such as 10.0.0.0/8, or one address) the firewall files admit; repeat for more. Without it they admit any source.",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Zone { get; } = new("--zone") { Description = "Write DIR/<zone>.zone: A records <service>.<namespace>.<zone> and SRV records per port." };

    public Option<string?> ZoneNameServer { get; } = new("--zone-ns") { Description = "The zone's name server, for its SOA and NS records (default: this machine's host name)." };

    public Option<bool> OnlyReachable { get; } = new("--only-reachable") { Description = "DNS names only the nodes that answered the probe." };

    public Option<string> Listen { get; } = new("--listen") { Description = "The address HAProxy and nginx listen on, each service port on its nodePort.", DefaultValueFactory = _ => AccessSettings.DefaultListen };

    public Option<TimeSpan> CheckInterval { get; } = new("--check-interval")
    {
        Description = "How often HAProxy checks each backend (two failures mark it down, two successes up).",
        DefaultValueFactory = _ => AccessSettings.DefaultCheckInterval,
        CustomParser = Duration.Parse,
    };

    public Option<bool> Watch { get; } = new("--watch") { Description = "Keep running: follow Nodes and Services and rewrite what changed (until Ctrl+C)." };

    public Option<string?> OnChange { get; } = new("--on-change") { Description = "A shell command to run after each rewrite, such as 'systemctl reload haproxy'." };

    public Option<TimeSpan> Interval { get; } = new("--interval")
    {
        Description = "With --watch: how often to list and probe again when no watch event comes (and always, on a server without watch); 1s to 1h.",
        DefaultValueFactory = _ => DefaultInterval,
        CustomParser = Duration.Parse,
    };

    public AccessOptions()
    {
        AllowFrom.Validators.Add(result =>
        {
            foreach (var text in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!TryParseRange(text, out _))
                {
                    result.AddError($"--allow-from must be a CIDR range such as 10.0.0.0/8, or one address; \"{text}\" is not.");
                }
            }
        });
        Zone.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } zone && !IsDnsName(zone.TrimEnd('.')))
            {
                result.AddError($"--zone must be a DNS name such as example.com; \"{zone}\" is not.");
            }
        });
        ZoneNameServer.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && !IsDnsName(name.TrimEnd('.')))
            {
                result.AddError($"--zone-ns must be a DNS name such as ns1.example.com; \"{name}\" is not.");
            }
        });
        Listen.Validators.Add(result =>
        {
            if (!IPAddress.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError($"--listen must be an IP address such as 0.0.0.0 or 192.0.2.10; \"{result.GetValueOrDefault<string>()}\" is not.");
            }
        });
        Interval.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<TimeSpan>() is var interval && (interval < MinInterval || interval > MaxInterval))
            {
                result.AddError("--interval must be between 1s and 1h.");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Output);
        command.Options.Add(Directory);
        command.Options.Add(AllowFrom);
        command.Options.Add(Zone);
        command.Options.Add(ZoneNameServer);
        command.Options.Add(OnlyReachable);
        command.Options.Add(Listen);
        command.Options.Add(CheckInterval);
        command.Options.Add(Watch);
        command.Options.Add(OnChange);
        command.Options.Add(Interval);
    }

    public AccessSettings Read(ParseResult parse, CommandOptions shared) =>
        new((parse.GetValue(AllowFrom) ?? []).Select(text => TryParseRange(text, out var range) ? range : throw new InvalidOperationException(text)).ToList(),
            parse.GetValue(Zone)?.TrimEnd('.').ToLowerInvariant(),
            parse.GetValue(shared.AddressType),
            parse.GetValue(OnlyReachable))
        {
            Listen = parse.GetValue(Listen)!,
            CheckInterval = parse.GetValue(CheckInterval),
            NameServer = (parse.GetValue(ZoneNameServer) ?? Dns.GetHostName()).TrimEnd('.').ToLowerInvariant() + ".",
        };

    /// <summary>A CIDR range with no host bits set, or one address (as /32 or /128).</summary>
    public static bool TryParseRange(string text, out IPNetwork range)
    {
        if (IPAddress.TryParse(text, out var address) && !text.Contains('/', StringComparison.Ordinal))
        {
            range = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }

        // A range with host bits set (10.1.2.3/8) is refused rather than silently widened to 10.0.0.0/8.
        return IPNetwork.TryParse(text, out range)
            && IPAddress.TryParse(text.Split('/')[0], out var written)
            && written.Equals(range.BaseAddress);
    }

    private static bool IsDnsName(string name) =>
        name.Length is > 0 and <= 253
        && name.Split('.').All(label => label.Length is > 0 and <= 63
            && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            && label[0] != '-' && label[^1] != '-');
}
