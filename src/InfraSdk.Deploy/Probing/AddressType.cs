namespace InfraSdk.Deploy.Probing;

/// <summary>Which of a Node's status.addresses to probe.</summary>
internal enum AddressType
{
    InternalIP,
    ExternalIP,
    Hostname,
}
