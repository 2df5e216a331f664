namespace InfraSdk.Deploy.Access;

/// <summary>One record of the zone: its name relative to the zone, its type (A, AAAA, SRV) and its data.</summary>
internal sealed record DnsRecord(string Name, string Type, string Data);
