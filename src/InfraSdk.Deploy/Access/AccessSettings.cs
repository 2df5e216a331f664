using System.Net;
using InfraSdk.Deploy.Probing;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// How access writes its files: the sources the firewall admits (none given: any), the DNS zone (null: no zone file),
/// which node address to use, whether DNS names only the nodes that answered, the address load balancers listen on,
/// how often HAProxy checks a backend, and the zone's name server.
/// </summary>
internal sealed record AccessSettings(IReadOnlyList<IPNetwork> AllowFrom, string? Zone, AddressType AddressType, bool OnlyReachable)
{
    public const string DefaultListen = "0.0.0.0";

    public static readonly TimeSpan DefaultCheckInterval = TimeSpan.FromSeconds(2);

    public string Listen { get; init; } = DefaultListen;

    public TimeSpan CheckInterval { get; init; } = DefaultCheckInterval;

    /// <summary>The zone's SOA and NS host, a fully qualified name with its final dot.</summary>
    public string NameServer { get; init; } = "localhost.";

    public bool AnySource => AllowFrom.Count == 0;
}
